import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { applyOps } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import { CHART_LIMITS } from "./limits";
import { parseOrgchart } from "../io/parse-orgchart";
import { chartOpSchema, isResponsibilityOp, opsBatchSchema } from "./chart-ops";

/** An import becomes a chart through ops; every op it yields must pass the server's schema and applyOps. */
function opsFor(json: unknown): ChartOp[] {
  const parsed = parseOrgchart(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return [
    ...parsed.chart.nodes.map((node): ChartOp => ({ type: "addNode", node })),
    ...parsed.chart.edges.map((edge): ChartOp => ({ type: "addEdge", edge })),
  ];
}

const empty = { name: "x", nodes: [], edges: [] };

describe("one set of limits for import, server and editor", () => {
  it("a chart at every limit imports, passes the server's schema and applies", () => {
    const longId = (c: string) => c.repeat(CHART_LIMITS.id);
    const json = {
      format: "orgchart/v1",
      name: "n".repeat(CHART_LIMITS.title),
      nodes: [
        { id: longId("a"), title: "t".repeat(CHART_LIMITS.title), person: "", role: "   ", responsibilities: Array.from({ length: CHART_LIMITS.responsibilities }, () => "r".repeat(CHART_LIMITS.responsibilityText)) },
        { id: longId("b"), title: "Report", position: { x: CHART_LIMITS.coordinate, y: -CHART_LIMITS.coordinate } },
      ],
      edges: [
        { source: longId("a"), target: longId("b") },
        { source: longId("a"), target: longId("b"), kind: "dotted" },
      ],
    };
    const ops = opsFor(json);
    expect(opsBatchSchema.safeParse({ clientId: "test-client", seq: 1, baseVersion: 0, ops }).success).toBe(true);
    const applied = applyOps(empty, ops);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(applied.chart.nodes[0]).toMatchObject({ person: null, role: null });
  });

  it.each(["ferri-meccatronica.json", "ferri-digital.json"])("the bundled demo chart %s can be saved by the editor's path too", (file) => {
    const ops = opsFor(JSON.parse(fs.readFileSync(`prisma/demo/${file}`, "utf8")));
    expect(opsBatchSchema.safeParse({ clientId: "test-client", seq: 1, baseVersion: 0, ops }).success).toBe(true);
    expect(applyOps(empty, ops).ok).toBe(true);
  });

  it("the importer refuses what the editor would refuse, naming the item", () => {
    const blank = parseOrgchart({ format: "orgchart/v1", name: "x", nodes: [{ id: "a", title: "  " }], edges: [] });
    expect(blank).toMatchObject({ ok: false, errors: [expect.objectContaining({ path: "nodes[0].title", message: expect.stringMatching(/blank/) })] });
    const longId = parseOrgchart({ format: "orgchart/v1", name: "x", nodes: [{ id: "a".repeat(CHART_LIMITS.id + 1), title: "A" }], edges: [] });
    expect(longId).toMatchObject({ ok: false, errors: [expect.objectContaining({ path: "nodes[0].id" })] });
  });

  it("a NUL character (PostgreSQL cannot store it) is refused by the importer, the server's schema and applyOps alike", () => {
    const imported = parseOrgchart({ format: "orgchart/v1", name: "x", nodes: [{ id: "a", title: "CE\u0000O", responsibilities: ["IT\u0000"] }], edges: [] });
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.errors.map((error) => error.path)).toEqual(["nodes[0].title", "nodes[0].responsibilities[0]"]);
    const rename: ChartOp = { type: "updateNode", id: "a", patch: { title: "CE\u0000O" } };
    expect(opsBatchSchema.safeParse({ clientId: "client-nul-test", seq: 1, baseVersion: 0, ops: [rename] }).success).toBe(false);
    const chart = { name: "x", nodes: [{ id: "a", title: "A", person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] }], edges: [] };
    expect(applyOps(chart, [rename])).toMatchObject({ ok: false, error: { code: "invalid-value", field: "title", problem: "not-allowed" } });
  });
});

describe("isResponsibilityOp", () => {
  it("is true for exactly the op types that name a card by nodeId", () => {
    for (const option of chartOpSchema.options) {
      const type = option.shape.type.value;
      const namesCard = "nodeId" in option.shape;
      expect(isResponsibilityOp({ type } as ChartOp), type).toBe(namesCard);
    }
  });
});
