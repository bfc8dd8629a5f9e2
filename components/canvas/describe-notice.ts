import type { SessionNotice } from "./chart-session";
import type { CanvasTranslate } from "./canvas-translate";

/** The sentence shown for a session notice, and whether it is a problem or just news. */
export function describeNotice(notice: SessionNotice, t: CanvasTranslate): { text: string; tone: "error" | "info" } {
  switch (notice.kind) {
    case "conflict-dropped":
      return { text: t("canvas.conflictDropped", { count: notice.count }), tone: "error" };
    case "conflict-merged":
      return { text: t("canvas.conflictMerged"), tone: "info" };
    case "refused":
      return { text: t("canvas.refused", { message: notice.message }), tone: "error" };
    case "forbidden":
      return { text: t("canvas.forbidden", { status: notice.status }), tone: "error" };
    case "undo-failed":
      return { text: t("canvas.undoFailed", { message: notice.message }), tone: "error" };
  }
}
