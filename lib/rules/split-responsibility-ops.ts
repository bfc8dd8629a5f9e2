import type { ChartOp } from "../org/chart-ops";
import { newId } from "../org/new-id";
import type { Responsibility } from "../org/types";
import { splitByDuty } from "./split-by-duty";

/**
 * The per-item edits that split a compound responsibility into one per duty, in its place: the
 * first piece keeps the item's id (so a colleague's concurrent edit of another item is untouched),
 * the others are added right after it. Applied as one gesture, so one undo restores the original.
 * Empty when the text carries fewer than two duties or the item is gone.
 */
export function splitResponsibilityOps(nodeId: string, list: readonly Responsibility[], itemId: string): ChartOp[] {
  const index = list.findIndex((r) => r.id === itemId);
  const item = list[index];
  if (item === undefined) return [];
  const pieces = splitByDuty(item.text);
  if (pieces.length < 2) return [];
  const [first, ...rest] = pieces as [(typeof pieces)[number], ...typeof pieces];
  return [
    { type: "setResponsibilityText", nodeId, id: item.id, text: first.text },
    { type: "setResponsibilityDuty", nodeId, id: item.id, duty: first.duty },
    ...rest.map((piece, k): ChartOp => ({ type: "addResponsibility", nodeId, responsibility: { id: newId(), text: piece.text, duty: piece.duty }, index: index + 1 + k })),
  ];
}
