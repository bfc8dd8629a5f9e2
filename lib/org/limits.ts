/**
 * One set of caps on chart content, read by the orgchart/v1 parser, applyOps, the server's input
 * schemas and the UI's inputs: anything one of them accepts, the others accept too.
 */
export const CHART_LIMITS = {
  /** Node, line and responsibility ids. */
  id: 128,
  chartName: 200,
  title: 200,
  person: 200,
  role: 200,
  responsibilityText: 500,
  responsibilities: 100,
  nodes: 20_000,
  edges: 40_000,
  /** Canvas coordinates, in either direction. */
  coordinate: 10_000_000,
  /** Operations in one save request; the editor splits bigger batches. */
  opsPerRequest: 5_000,
  /** Bytes of one save request's body. */
  requestBytes: 2 * 1024 * 1024,
} as const;

/** How long a deleted chart stays in its organisation's trash, restorable, before it is purged. */
export const TRASH_DAYS = 30;
