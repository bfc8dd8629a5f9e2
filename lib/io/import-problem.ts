/**
 * Why a file was refused. Each problem names where it is (the spreadsheet row, header = row 1,
 * and the column's header) so the user can fix the file; nothing is saved while any exists.
 */
export type ImportProblemCode =
  | "too-large"
  | "too-many-rows"
  | "too-many-columns"
  | "empty-file"
  | "not-json"
  | "invalid-json-chart"
  | "csv-syntax"
  | "no-title-column"
  | "missing-id"
  | "duplicate-id"
  | "empty-title-and-name"
  | "unknown-manager"
  | "ambiguous-manager"
  | "self-manager"
  | "cycle"
  | "too-long"
  | "too-many-responsibilities"
  | "invalid-kind";

export interface ImportProblem {
  code: ImportProblemCode;
  /** Spreadsheet row (the header is row 1); absent for problems of the whole file. */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  params?: Record<string, string | number>;
}
