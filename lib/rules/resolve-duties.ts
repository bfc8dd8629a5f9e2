import type { Chart, Responsibility } from "../org/types";
import { isDutyId, type DutyId } from "./catalog";
import { classifyResponsibility, type Classification } from "./classify-responsibility";

/** How free text becomes a duty. Injectable so tests (and future models) can replace it. */
export type Classify = (text: string) => Classification;

/** A responsibility with the duty it counts as, and who decided. */
export interface ResolvedResponsibility {
  duty: DutyId | null;
  /** "user": an explicit `duty` on the responsibility (null included); "classifier": read from the text. */
  decidedBy: "user" | "classifier";
  /** The classifier's reading, when it decided. */
  classification?: Classification;
}

/**
 * The user's explicit decision wins, including null ("this matches no duty"). A duty string that
 * is not in the catalog (a stale id from an older export, say) is no decision: the text decides.
 */
export function resolveResponsibility(
  responsibility: Pick<Responsibility, "text" | "duty">,
  classify: Classify = classifyResponsibility,
): ResolvedResponsibility {
  const { duty } = responsibility;
  if (duty === null) return { duty: null, decidedBy: "user" };
  if (isDutyId(duty)) return { duty, decidedBy: "user" };
  const classification = classify(responsibility.text);
  return { duty: classification.duty, decidedBy: "classifier", classification };
}

/** The duty a responsibility counts as: the explicit one, or the classifier's. */
export function effectiveDuty(
  responsibility: Pick<Responsibility, "text" | "duty">,
  classify: Classify = classifyResponsibility,
): DutyId | null {
  return resolveResponsibility(responsibility, classify).duty;
}

/** One node holding one duty through one of its responsibilities (a cell of the duty matrix). */
export interface DutyHolding {
  duty: DutyId;
  nodeId: string;
  responsibilityId: string;
  text: string;
  decidedBy: "user" | "classifier";
}

/** Every (duty, node, responsibility) the chart holds, in chart order. */
export function dutyHoldings(
  chart: Pick<Chart, "nodes">,
  options: { classify?: Classify } = {},
): DutyHolding[] {
  const holdings: DutyHolding[] = [];
  for (const node of chart.nodes) {
    for (const responsibility of node.responsibilities) {
      const { duty, decidedBy } = resolveResponsibility(responsibility, options.classify);
      if (duty !== null) {
        holdings.push({ duty, nodeId: node.id, responsibilityId: responsibility.id, text: responsibility.text, decidedBy });
      }
    }
  }
  return holdings;
}
