import type { ActivityItem } from "@/lib/org/summarize-ops";
import type { CanvasTranslate } from "./canvas-translate";

/** One activity item ("moved Reparto IT under CIO") in the UI language. */
export function describeActivity(item: ActivityItem, t: CanvasTranslate): string {
  switch (item.type) {
    case "placed":
    case "dotted":
      return t(`canvas.activity.${item.type}`, { node: item.node, under: item.under });
    case "arranged":
      return t("canvas.activity.arranged", { count: item.count });
    case "chart-renamed":
      return t("canvas.activity.chart-renamed", { name: item.name });
    default:
      return t(`canvas.activity.${item.type}`, { node: item.node });
  }
}
