"use client";

import { useMemo } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/base.css";
import "./canvas.css";
import type { Locale } from "@/lib/i18n/locales";
import type { VersionedChart } from "@/lib/org/types";
import type { Acknowledgement } from "@/lib/rules";
import { CanvasI18nProvider } from "./canvas-i18n-context";
import { canvasTranslator } from "./canvas-translate";
import { ChartWorkspace } from "./chart-workspace";

export interface ChartEditorProps {
  initialChart: VersionedChart;
  initialAcknowledgements: readonly Acknowledgement[];
  canEdit: boolean;
  locale: Locale;
  orgId: string;
  orgName: string;
}

/** The chart page's client side: providers around the workspace. */
export function ChartEditor({ initialChart, initialAcknowledgements, canEdit, locale, orgName }: ChartEditorProps) {
  const i18n = useMemo(() => ({ locale, t: canvasTranslator(locale) }), [locale]);
  return (
    <CanvasI18nProvider value={i18n}>
      <ReactFlowProvider>
        <ChartWorkspace initialChart={initialChart} initialAcknowledgements={initialAcknowledgements} canEdit={canEdit} locale={locale} orgName={orgName} />
      </ReactFlowProvider>
    </CanvasI18nProvider>
  );
}
