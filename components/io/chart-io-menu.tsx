"use client";

import { useMemo, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { pictureSize } from "@/lib/io/chart-scene";
import { isPictureReadable } from "@/lib/io/png-scale";
import type { Chart } from "@/lib/org/types";
import { ImportDialog } from "./import-dialog";
import "./io.css";

export interface CanvasView {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WHOLE: [string, MessageKey][] = [
  ["png", "io.export.png"],
  ["svg", "io.export.svg"],
  ["chart-pdf", "io.export.chartPdf"],
  ["json", "io.export.json"],
  ["csv", "io.export.csv"],
];
const REPORT: [string, MessageKey][] = [
  ["pdf", "io.export.pdf"],
  ["html", "io.export.html"],
  ["md", "io.export.md"],
  ["findings-csv", "io.export.findingsCsv"],
];

/**
 * The editor's way in and out: downloads of the saved chart (whole chart or the current view,
 * pictures drawn on the server from the layout), the findings report in the UI's language, and
 * for editors, importing a file in place of the chart's content.
 */
export function ChartIoMenu({
  chartId,
  chart,
  locale,
  canEdit,
  currentView,
  onReplace,
}: {
  chartId: string;
  chart: Chart;
  locale: Locale;
  canEdit: boolean;
  currentView: () => CanvasView | null;
  onReplace: (imported: Chart) => string | null;
}) {
  const t = useMemo(() => translator(locale), [locale]);
  // Past this size the PNG and SVG are overviews: the paged PDF is the readable picture.
  const readable = useMemo(() => isPictureReadable(pictureSize(chart)), [chart]);
  const [importing, setImporting] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const base = `/api/charts/${encodeURIComponent(chartId)}/export`;
  const close = () => menu.current?.removeAttribute("open");

  const viewHref = (format: "png" | "svg") => {
    const view = currentView();
    if (view === null) return `${base}?format=${format}`;
    const rounded = [view.x, view.y, view.width, view.height].map((value) => Math.round(value));
    return `${base}?format=${format}&view=${rounded.join(",")}`;
  };

  return (
    <div className="io-menu">
      <details ref={menu} className="io-export">
        <summary className="oc-button" data-testid="export-open" title={t("io.export.openHint")}>
          {t("io.export.open")}
        </summary>
        <div className="io-export-panel" role="menu">
          <strong>{t("io.export.wholeChart")}</strong>
          {!readable && (
            <p className="io-export-hint" data-testid="export-big-hint">
              {t("io.export.bigChartHint")}
            </p>
          )}
          {WHOLE.map(([format, label]) => (
            <a key={format} role="menuitem" data-testid={`export-${format}`} href={`${base}?format=${format}${format === "chart-pdf" ? `&lang=${locale}` : ""}`} download onClick={close}>
              {t(label)}
            </a>
          ))}
          <strong>{t("io.export.currentView")}</strong>
          {(["png", "svg"] as const).map((format) => (
            <a
              key={format}
              role="menuitem"
              data-testid={`export-view-${format}`}
              href={`${base}?format=${format}`}
              download
              onClick={(event) => {
                event.currentTarget.href = viewHref(format);
                close();
              }}
            >
              {t(format === "png" ? "io.export.png" : "io.export.svg")}
            </a>
          ))}
          <strong>{t("io.export.report")}</strong>
          {REPORT.map(([format, label]) => (
            <a key={format} role="menuitem" data-testid={`export-${format}`} href={`${base}?format=${format}&lang=${locale}`} download onClick={close}>
              {t(label)}
            </a>
          ))}
        </div>
      </details>
      {canEdit && (
        <button type="button" className="oc-button" data-testid="import-open" title={t("io.import.openHint")} onClick={() => setImporting(true)}>
          {t("io.import.open")}
        </button>
      )}
      {importing && <ImportDialog locale={locale} target={{ kind: "replace", currentCount: chart.nodes.length, onReplace }} onClose={() => setImporting(false)} />}
    </div>
  );
}
