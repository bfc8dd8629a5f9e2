"use client";

import { useMemo } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/base.css";
import "./canvas.css";
import type { Locale } from "@/lib/i18n/locales";
import type { VersionedChart } from "@/lib/org/types";
import type { Acknowledgement } from "@/lib/rules";
import type { CommentThread } from "@/lib/comments/comment-schema";
import { CanvasI18nProvider } from "./canvas-i18n-context";
import { canvasTranslator } from "./canvas-translate";
import { ChartWorkspace } from "./chart-workspace";

export interface ChartEditorProps {
  initialChart: VersionedChart;
  initialAcknowledgements: readonly Acknowledgement[];
  initialComments: readonly CommentThread[];
  /** Who is looking, for their own comments' Edit and Delete; owners may delete anyone's. */
  commenter: Commenter;
  /** Set when this chart is a proposal (a what-if copy of another chart). */
  proposal: { state: string } | null;
  /** May start a proposal from this chart (it is not one itself, and the user may create charts). */
  canPropose: boolean;
  canEdit: boolean;
  locale: Locale;
  orgId: string;
  orgName: string;
}

/** The chart page's client side: providers around the workspace. */
export interface Commenter {
  userId: string;
  moderates: boolean;
}

export function ChartEditor({ initialChart, initialAcknowledgements, initialComments, commenter, proposal, canPropose, canEdit, locale, orgName }: ChartEditorProps) {
  const i18n = useMemo(() => ({ locale, t: canvasTranslator(locale) }), [locale]);
  return (
    <CanvasI18nProvider value={i18n}>
      <ReactFlowProvider>
        <ChartWorkspace
          initialChart={initialChart}
          initialAcknowledgements={initialAcknowledgements}
          initialComments={initialComments}
          commenter={commenter}
          proposal={proposal}
          canPropose={canPropose}
          canEdit={canEdit}
          locale={locale}
          orgName={orgName}
        />
      </ReactFlowProvider>
    </CanvasI18nProvider>
  );
}
