import type { Finding, Severity } from "../rules";

/** The cards findings name, each with the worst severity among them: what pictures of the chart mark. */
export function flagCards(findings: readonly Finding[]): Map<string, Severity> {
  const flagged = new Map<string, Severity>();
  for (const finding of findings) for (const id of finding.nodes) if (flagged.get(id) !== "warning") flagged.set(id, finding.severity);
  return flagged;
}
