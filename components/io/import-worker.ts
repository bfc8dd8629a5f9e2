/// <reference lib="webworker" />
import { importFile, type ImportOptions, type ImportOutcome } from "@/lib/io/import-file";
import { layOutImport } from "@/lib/io/lay-out-import";

export type ImportWorkerRequest = { id: number; bytes: Uint8Array; fileName: string; options: ImportOptions };
export type ImportWorkerMessage =
  | { id: number; type: "progress"; stage: "parse" | "layout"; count: number }
  | { id: number; type: "done"; outcome: ImportOutcome };

/**
 * Parsing, checking and laying out a 10,000-row file takes a second or more: it runs here, off
 * the page's thread, so the page keeps responding and can show how far it got. Browsers decode
 * windows-1252 correctly (Node does not; the server uses iconv-lite for the same step).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const decoder = new TextDecoder("windows-1252");

scope.onmessage = (event: MessageEvent<ImportWorkerRequest>) => {
  const { id, bytes, fileName, options } = event.data;
  scope.postMessage({ id, type: "progress", stage: "parse", count: bytes.byteLength } satisfies ImportWorkerMessage);
  const outcome = importFile(bytes, fileName, options, (legacy) => decoder.decode(legacy));
  if (outcome.result.ok) {
    scope.postMessage({ id, type: "progress", stage: "layout", count: outcome.result.chart.nodes.length } satisfies ImportWorkerMessage);
    outcome.result = { ...outcome.result, chart: layOutImport(outcome.result.chart) };
  }
  scope.postMessage({ id, type: "done", outcome } satisfies ImportWorkerMessage);
};
