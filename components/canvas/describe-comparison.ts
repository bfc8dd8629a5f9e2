import type { ComparedChange } from "@/lib/org/compare-charts";
import type { CanvasTranslate } from "./canvas-translate";

/** One compared change as a sentence in the UI language ("Moved IT department under CIO"). */
export function describeChange(change: ComparedChange, t: CanvasTranslate): string {
  switch (change.type) {
    case "node-added":
    case "node-removed":
      return t(`canvas.change.${change.type}`, { node: change.node.title });
    case "node-moved":
      return change.to === null
        ? t("canvas.change.node-unparented", { node: change.node.title, from: change.from?.title ?? "" })
        : t("canvas.change.node-moved", { node: change.node.title, to: change.to.title });
    case "node-renamed":
      return t("canvas.change.node-renamed", { node: change.node.title, from: change.from });
    case "node-changed":
      return t("canvas.change.node-changed", { node: change.node.title, fields: change.fields.map((field) => t(`canvas.change.field.${field}`)).join(", ") });
    case "responsibility-added":
    case "responsibility-removed":
      return t(`canvas.change.${change.type}`, { node: change.node.title, text: change.text });
    case "responsibility-reworded":
      return t("canvas.change.responsibility-reworded", { node: change.node.title, from: change.from, to: change.to });
    case "line-added":
    case "line-removed":
      return t(`canvas.change.${change.type}`, { source: change.source.title, target: change.target.title });
  }
}

/** The card a change is about, to zoom to it. */
export function changeNodeId(change: ComparedChange): string {
  return "node" in change ? change.node.id : change.target.id;
}
