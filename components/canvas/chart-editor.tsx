"use client";

import { useMemo } from "react";
import { ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/base.css";
import "./canvas.css";
import { CanvasI18nProvider } from "./canvas-i18n-context";
import { canvasTranslator } from "./canvas-translate";
import { ChartWorkspace, type ChartWorkspaceProps } from "./chart-workspace";

/** The chart page's client side: providers around the workspace. */
export function ChartEditor(props: ChartWorkspaceProps) {
  const { locale } = props;
  const i18n = useMemo(() => ({ locale, t: canvasTranslator(locale) }), [locale]);
  return (
    <CanvasI18nProvider value={i18n}>
      <ReactFlowProvider>
        <ChartWorkspace {...props} />
      </ReactFlowProvider>
    </CanvasI18nProvider>
  );
}
