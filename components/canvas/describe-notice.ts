import type { SessionNotice } from "@/lib/sync/chart-session";
import { describeOpReason } from "@/lib/sync/describe-op-reason";
import type { Locale } from "@/lib/i18n/locales";
import type { CanvasTranslate } from "./canvas-translate";

/** What the notice bar offers next to the sentence: try saving again, or sign in in a new tab. */
export type NoticeAction = { kind: "retry" } | { kind: "sign-in"; href: string };

export interface DescribedNotice {
  text: string;
  tone: "error" | "info";
  action?: NoticeAction;
}

/** The sentence shown for a session notice, whether it is a problem or just news, and its action. */
export function describeNotice(notice: SessionNotice, t: CanvasTranslate, locale: Locale, chartId: string): DescribedNotice {
  switch (notice.kind) {
    case "refused": {
      const reasons = [...new Set(notice.reasons.map((reason) => describeOpReason(reason, locale)))];
      return { text: t("canvas.refused", { message: reasons.join(" ") }), tone: "error" };
    }
    case "undo-skipped":
      return { text: t("canvas.undoSkipped", { count: notice.count }), tone: "info" };
    case "save-failed":
      return { text: t("canvas.saveFailed"), tone: "error", action: { kind: "retry" } };
    case "signed-out": {
      const page = `/charts/${encodeURIComponent(chartId)}`;
      return { text: t("canvas.signedOut"), tone: "error", action: { kind: "sign-in", href: `/signin?callbackUrl=${encodeURIComponent(page)}` } };
    }
    case "lost":
      return { text: t(notice.status === 404 ? "canvas.lost404" : "canvas.lost403"), tone: "error" };
  }
}
