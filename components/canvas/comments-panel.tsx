"use client";

import { useMemo } from "react";
import { commentTargetKey, type CommentTarget, type CommentThread } from "@/lib/comments/comment-schema";
import { indexChart } from "@/lib/org/chart-index";
import type { Chart } from "@/lib/org/types";
import { acknowledgedFinding, type Finding } from "@/lib/rules";
import type { Commenter } from "./comment-thread-view";
import { useCanvasI18n } from "./canvas-i18n-context";
import { CommentThreadView } from "./comment-thread-view";
import { SidePanel } from "./side-panel";
import type { Comments } from "./use-comments";

/**
 * The chart's discussion: the thread of what is in focus (the selected card, or a finding whose
 * "Comment" was clicked) with a box to start or continue it, then every other open thread, then
 * the resolved ones, folded. Each thread names its card or finding; clicking the name shows it.
 */
export function CommentsPanel({
  chart,
  findings,
  comments,
  commenter,
  focus,
  onShowNode,
  onShowFinding,
  onClose,
}: {
  chart: Chart;
  findings: readonly Finding[];
  comments: Comments;
  commenter: Commenter;
  focus: CommentTarget | null;
  onShowNode: (nodeId: string) => void;
  onShowFinding: (finding: Finding) => void;
  onClose: () => void;
}) {
  const { t } = useCanvasI18n();
  const nodes = useMemo(() => indexChart(chart).nodeById, [chart]);
  const findingByKey = useMemo(
    () => new Map(findings.map((finding) => [commentTargetKey({ kind: "finding", finding: acknowledgedFinding(finding) }), finding])),
    [findings],
  );
  const focusKey = focus === null ? null : commentTargetKey(focus);
  const byKey = new Map(comments.threads.map((thread) => [commentTargetKey(thread.target), thread]));
  const others = comments.threads.filter((thread) => commentTargetKey(thread.target) !== focusKey);
  const open = others.filter((thread) => thread.resolved === null);
  const resolved = others.filter((thread) => thread.resolved !== null);

  const heading = (target: CommentTarget) => {
    if (target.kind === "node") {
      const node = nodes.get(target.nodeId);
      if (node === undefined) return <span className="oc-muted">{t("canvas.comments.cardGone")}</span>;
      return (
        <button type="button" className="oc-link-button oc-thread-target" data-testid="thread-target" title={t("canvas.comments.showTarget")} onClick={() => onShowNode(node.id)}>
          {t("canvas.comments.onCard", { title: node.title })}
        </button>
      );
    }
    const finding = findingByKey.get(commentTargetKey(target));
    if (finding === undefined) return <span className="oc-muted">{t("canvas.comments.findingGone")}</span>;
    return (
      <button type="button" className="oc-link-button oc-thread-target" data-testid="thread-target" title={t("canvas.comments.showTarget")} onClick={() => onShowFinding(finding)}>
        {t("canvas.comments.onFinding", { message: finding.message })}
      </button>
    );
  };
  const view = (target: CommentTarget, thread: CommentThread | null, autoFocus = false) => (
    <CommentThreadView
      key={commentTargetKey(target)}
      target={target}
      thread={thread}
      heading={heading(target)}
      comments={comments}
      commenter={commenter}
      autoFocus={autoFocus}
    />
  );

  return (
    <SidePanel id="oc-comments-heading" className="oc-comments-panel" testId="comments-panel" title={t("canvas.comments.title")} closeLabel={t("canvas.comments.close")} onClose={onClose}>
      {comments.error !== null && (
        <p className="oc-error" role="alert" data-testid="comment-error">
          {t("canvas.comments.failed", { message: comments.error })}
        </p>
      )}
      {focus !== null && focusKey !== null && <div data-testid="comment-focus">{view(focus, byKey.get(focusKey) ?? null, true)}</div>}
      <h3 className="oc-comments-heading">{t("canvas.comments.openThreads", { count: open.length })}</h3>
      {open.length === 0 && focus === null && <p className="oc-muted">{t("canvas.comments.none")}</p>}
      <div data-testid="open-threads">{open.map((thread) => view(thread.target, thread))}</div>
      {resolved.length > 0 && (
        <details className="oc-resolved-threads" data-testid="resolved-threads">
          <summary>{t("canvas.comments.resolvedThreads", { count: resolved.length })}</summary>
          {resolved.map((thread) => view(thread.target, thread))}
        </details>
      )}
    </SidePanel>
  );
}
