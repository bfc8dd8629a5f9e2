import type { SessionNotice } from "./chart-session";
import type { CanvasTranslate } from "./canvas-translate";

/** What the notice bar offers next to the sentence: try saving again, or sign in in a new tab. */
export type NoticeAction = { kind: "retry" } | { kind: "sign-in"; href: string };

export interface DescribedNotice {
  text: string;
  tone: "error" | "info";
  action?: NoticeAction;
}

/** The sentence shown for a session notice, whether it is a problem or just news, and its action. */
export function describeNotice(notice: SessionNotice, t: CanvasTranslate): DescribedNotice {
  switch (notice.kind) {
    case "conflict": {
      const parts: string[] = [];
      if (notice.theirs.length > 0) {
        const fields = notice.theirs.map((kept) => t("canvas.fieldOf", { node: `“${kept.node}”`, field: t(`canvas.field.${kept.field}`) }));
        parts.push(t("canvas.conflictTheirs", { fields: fields.join(", ") }));
      }
      if (notice.dropped.length > 0) {
        parts.push(t("canvas.conflictDropped", { count: notice.dropped.length }));
        parts.push(t("canvas.conflictDroppedWhy", { reasons: [...new Set(notice.dropped)].join(" ") }));
      }
      return { text: parts.join(" "), tone: "error" };
    }
    case "conflict-merged":
      return { text: t("canvas.conflictMerged"), tone: "info" };
    case "refused":
      return { text: t("canvas.refused", { message: notice.message }), tone: "error" };
    case "save-failed":
      return { text: t("canvas.saveFailed"), tone: "error", action: { kind: "retry" } };
    case "signed-out":
      return { text: t("canvas.signedOut"), tone: "error", action: { kind: "sign-in", href: notice.signInUrl } };
    case "lost":
      return { text: t(notice.status === 404 ? "canvas.lost404" : "canvas.lost403"), tone: "error" };
    case "undo-failed":
      return { text: t("canvas.undoFailed", { message: notice.message }), tone: "error" };
  }
}
