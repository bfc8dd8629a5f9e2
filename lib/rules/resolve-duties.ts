import type { Chart, Responsibility } from "../org/types";
import { isDutyId, type DutyId } from "./catalog";
import { classifyResponsibility, type Classification } from "./classify-responsibility";

/** How free text becomes a duty. Injectable so tests (and future models) can replace it. */
export type Classify = (text: string) => Classification;

/** A responsibility with the duties it counts as, and who decided. */
export interface ResolvedResponsibility {
  /** The main duty. */
  duty: DutyId | null;
  /**
   * Every duty it counts for, the main one first: all the duties of a compound text, or exactly
   * the explicit one. Empty when `duty` is null.
   */
  duties: readonly DutyId[];
  /** "user": an explicit `duty` on the responsibility (null included); "classifier": read from the text. */
  decidedBy: "user" | "classifier";
  /** The classifier's reading, when it decided. */
  classification?: Classification;
}

/**
 * The user's explicit decision wins, including null ("this matches no duty"), and means exactly
 * that one duty even when the text reads as several: a user who wants a compound text to count
 * for several chosen duties splits it into one responsibility per duty. A duty string that is not
 * in the catalog (a stale id from an older export, say) is no decision: the text decides.
 */
export function resolveResponsibility(
  responsibility: Pick<Responsibility, "text" | "duty">,
  classify: Classify = classifyResponsibility,
): ResolvedResponsibility {
  const { duty } = responsibility;
  if (duty === null) return { duty: null, duties: [], decidedBy: "user" };
  if (isDutyId(duty)) return { duty, duties: [duty], decidedBy: "user" };
  const classification = classify(responsibility.text);
  return { duty: classification.duty, duties: classification.duties, decidedBy: "classifier", classification };
}

/** The main duty a responsibility counts as: the explicit one, or the classifier's. */
export function effectiveDuty(
  responsibility: Pick<Responsibility, "text" | "duty">,
  classify: Classify = classifyResponsibility,
): DutyId | null {
  return resolveResponsibility(responsibility, classify).duty;
}

/**
 * One node holding one duty through one of its responsibilities (a cell of the duty matrix). A
 * compound responsibility gives one holding per duty.
 */
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
      const { duties, decidedBy } = resolveResponsibility(responsibility, options.classify);
      for (const duty of duties) {
        holdings.push({ duty, nodeId: node.id, responsibilityId: responsibility.id, text: responsibility.text, decidedBy });
      }
    }
  }
  return holdings;
}
