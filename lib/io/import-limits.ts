import { CHART_LIMITS } from "../org/limits";

/**
 * What an import accepts (README "Import and export"). The row cap is the chart's node cap, so
 * whatever the import accepts can be saved; bytes and columns refuse a wrong file early.
 */
export const IMPORT_LIMITS = {
  bytes: 10 * 1024 * 1024,
  rows: CHART_LIMITS.nodes,
  columns: 200,
  /** Problems listed one by one; past this a summary line says how many more there are. */
  listedProblems: 200,
} as const;
