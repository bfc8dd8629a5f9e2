import { importFile, type ImportOptions } from "../../io/import-file";
import type { ImportProblem } from "../../io/import-problem";
import { layOutImport } from "../../io/lay-out-import";
import { decodeWindows1252 } from "../../io-node/decode-windows-1252";
import type { Db } from "../create-prisma-client";
import { requireOrgAccess } from "./access";
import type { Actor } from "./actor";
import { createChart } from "./charts";

export type ImportChartResult = { ok: true; id: string; nodes: number } | { ok: false; problems: ImportProblem[] };

/**
 * A file becomes a new chart: the caller must be allowed to create charts in the organisation
 * before the file is even read; then it is parsed and checked whole (the same code as the
 * preview and the CLI), laid out, and saved in one transaction. A refused file saves nothing.
 */
export async function importChart(
  db: Db,
  actor: Actor,
  orgId: string,
  file: { bytes: Uint8Array; fileName: string; options: ImportOptions; name?: string | undefined },
): Promise<ImportChartResult> {
  await requireOrgAccess(db, actor, orgId, "chart.create");
  const outcome = importFile(file.bytes, file.fileName, file.options, decodeWindows1252);
  if (!outcome.result.ok) return { ok: false, problems: outcome.result.problems };
  const chart = layOutImport(outcome.result.chart);
  const { id } = await createChart(db, actor, orgId, file.name === undefined ? chart : { ...chart, name: file.name });
  return { ok: true, id, nodes: chart.nodes.length };
}
