import { z } from "zod";
import { parseOrgchart } from "./parse-orgchart";
import type { Acknowledgement } from "../rules/acknowledgements";
import type { Chart } from "../org/types";
import { csvMappingSchema, detectMapping, type CsvMapping } from "./csv-mapping";
import { csvToChart, type ImportedDepartment } from "./csv-to-chart";
import { decodeText, type TextEncodingName } from "./decode-text";
import { IMPORT_LIMITS } from "./import-limits";
import type { ImportProblem } from "./import-problem";
import { CSV_DELIMITERS, parseCsvTable, type CsvDelimiter } from "./parse-csv-table";

/** The user's choices in the preview; anything left out is detected. */
export const importOptionsSchema = z.object({
  format: z.enum(["csv", "json"]).optional(),
  delimiter: z.enum(CSV_DELIMITERS).optional(),
  encoding: z.enum(["utf-8", "windows-1252"]).optional(),
  mapping: csvMappingSchema.optional(),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const PREVIEW_ROWS = 8;

export interface CsvPreview {
  header: string[];
  /** The first records, with their spreadsheet row numbers. */
  records: { row: number; cells: string[] }[];
  rowCount: number;
  delimiter: CsvDelimiter;
  encoding: TextEncodingName;
  mapping: CsvMapping;
}

export interface ImportOutcome {
  format: "csv" | "json";
  csv: CsvPreview | null;
  /** `acknowledgements`: an orgchart/v1 file's acknowledged findings (none for CSV). */
  result: { ok: true; chart: Chart; departments: ImportedDepartment[]; acknowledgements?: Acknowledgement[] } | { ok: false; problems: ImportProblem[] };
}

/** `.json` files, or content that starts like a JSON object, are orgchart/v1; the rest is CSV. */
export function detectFormat(fileName: string, text: string): "csv" | "json" {
  if (/\.json$/i.test(fileName)) return "json";
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return "csv";
  return text.trimStart().startsWith("{") ? "json" : "csv";
}

/** The chart's name when the file has none: the file's name without its extension. */
export function nameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const name = base.replace(/\.[^.]+$/, "").trim();
  return (name === "" ? "Import" : name).slice(0, 200);
}

/**
 * One import, the same in the browser's preview, on the server and in the CLI: decode, detect
 * the format, parse, map the columns (detected unless given) and build the chart, or refuse the
 * whole file with every problem found.
 */
export function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions, decodeWindows1252: (bytes: Uint8Array) => string): ImportOutcome {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) {
    return { format: options.format ?? "csv", csv: null, result: { ok: false, problems: [{ code: "too-large", params: { size: bytes.byteLength, max: IMPORT_LIMITS.bytes } }] } };
  }
  const decoded = decodeText(bytes, decodeWindows1252, options.encoding);
  const format = options.format ?? detectFormat(fileName, decoded.text);
  if (format === "json") return { format, csv: null, result: importJson(decoded.text) };

  const table = parseCsvTable(decoded.text, options.delimiter);
  if (!table.ok) return { format, csv: null, result: { ok: false, problems: table.problems } };
  const mapping = options.mapping ?? detectMapping(table.table);
  const csv: CsvPreview = {
    header: table.table.header,
    records: table.table.records.slice(0, PREVIEW_ROWS),
    rowCount: table.table.records.length,
    delimiter: table.table.delimiter,
    encoding: decoded.encoding,
    mapping,
  };
  return { format, csv, result: csvToChart(table.table, mapping, nameFromFile(fileName)) };
}

function importJson(text: string): ImportOutcome["result"] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ code: "not-json", params: { detail: error instanceof Error ? error.message : String(error) } }] };
  }
  const parsed = parseOrgchart(json);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.errors.map((error) => ({ code: "invalid-json-chart", params: { path: error.path || "(document)", detail: error.message } })) };
  }
  return { ok: true, chart: parsed.chart, departments: [], acknowledgements: parsed.acknowledgements };
}
