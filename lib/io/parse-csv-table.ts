import Papa from "papaparse";
import { IMPORT_LIMITS } from "./import-limits";
import type { ImportProblem } from "./import-problem";

export const CSV_DELIMITERS = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRecord {
  /** Spreadsheet row number (header = 1), kept across skipped blank lines. */
  row: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  delimiter: CsvDelimiter;
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; problems: ImportProblem[] };

/**
 * Splits CSV text into a header and records with Papa Parse: quoted fields may hold separators,
 * quotes and line breaks. Without a delimiter, Papa guesses among comma, semicolon and tab; the
 * guess is returned so the preview can show it and the user can change it.
 */
export function parseCsvTable(text: string, delimiter?: CsvDelimiter): CsvTableResult {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (input.trim() === "") return { ok: false, problems: [{ code: "empty-file" }] };
  const parsed = Papa.parse<string[]>(input, {
    delimiter: delimiter ?? guessFromHeader(input) ?? "",
    delimitersToGuess: [...CSV_DELIMITERS],
    skipEmptyLines: false,
    header: false,
  });
  const quoteErrors = parsed.errors.filter((error) => error.type === "Quotes");
  if (quoteErrors.length > 0) {
    return {
      ok: false,
      problems: quoteErrors.slice(0, IMPORT_LIMITS.listedProblems).map((error) => ({
        code: "csv-syntax",
        ...(error.row === undefined ? {} : { row: error.row + 1 }),
        params: { detail: error.message },
      })),
    };
  }
  const guessed = parsed.meta.delimiter as string;
  const used: CsvDelimiter = (CSV_DELIMITERS as readonly string[]).includes(guessed) ? (guessed as CsvDelimiter) : ",";
  const [header = [], ...rest] = parsed.data;
  if (header.length > IMPORT_LIMITS.columns) {
    return { ok: false, problems: [{ code: "too-many-columns", params: { count: header.length, max: IMPORT_LIMITS.columns } }] };
  }
  const records: CsvRecord[] = [];
  rest.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    records.push({ row: index + 2, cells });
  });
  if (records.length > IMPORT_LIMITS.rows) {
    return { ok: false, problems: [{ code: "too-many-rows", params: { count: records.length, max: IMPORT_LIMITS.rows } }] };
  }
  return { ok: true, table: { header, records, delimiter: used } };
}

/**
 * The header line is the best witness of the delimiter: data rows may hold tabs and commas in
 * free text, which can mislead a guess over several rows. Null when the header shows no winner.
 */
function guessFromHeader(text: string): CsvDelimiter | null {
  const end = text.search(/\r|\n/);
  const line = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, "");
  const counts = CSV_DELIMITERS.map((candidate) => line.split(candidate).length - 1);
  const best = Math.max(...counts);
  if (best === 0 || counts.filter((count) => count === best).length > 1) return null;
  return CSV_DELIMITERS[counts.indexOf(best)] as CsvDelimiter;
}
