"use client";

import { useEffect, useMemo, useState } from "react";
import { listActivityAction } from "@/app/actions/versions";
import { groupActivity, type ActivityEntry } from "@/lib/org/group-activity";
import type { Chart } from "@/lib/org/types";
import { describeActivity } from "./describe-activity";
import { useCanvasI18n } from "./canvas-i18n-context";

/** Read again at most this often while colleagues edit: the list is for looking back, not a ticker. */
const REFRESH_MS = 2000;

/**
 * Who changed what and when, newest first, grouped per person and minute ("Sara moved Reparto IT
 * under CIO"). Read from the chart's change log when the panel opens and again as the chart moves on.
 */
export function ActivityList({ chartId, chart, version }: { chartId: string; chart: Chart; version: number }) {
  const { t, locale } = useCanvasI18n();
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [readAt, setReadAt] = useState(-1);

  useEffect(() => {
    if (version === readAt) return;
    let live = true;
    const timer = setTimeout(
      () =>
        void listActivityAction({ chartId }).then((result) => {
          if (!live || !result.ok) return;
          setEntries(result.data);
          setReadAt(version);
        }),
      readAt < 0 ? 0 : REFRESH_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [chartId, version, readAt]);

  const titles = useMemo(() => new Map(chart.nodes.map((node) => [node.id, node.title])), [chart.nodes]);
  const groups = useMemo(() => (entries === null ? [] : groupActivity(entries, (id) => titles.get(id))), [entries, titles]);
  const time = useMemo(() => new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "short", timeStyle: "short" }), [locale]);

  return (
    <div className="oc-activity" data-testid="activity">
      <h3>{t("canvas.activity.title")}</h3>
      {entries !== null && groups.length === 0 && <p className="oc-muted">{t("canvas.activity.empty")}</p>}
      <ul>
        {groups.map((group) => (
          <li key={group.version} data-testid="activity-entry">
            <small>{time.format(new Date(`${group.minute}:00Z`))}</small>{" "}
            <strong>{group.actor ?? t("canvas.versions.someone")}</strong> {group.items.map((item) => describeActivity(item, t)).join(", ")}
          </li>
        ))}
      </ul>
    </div>
  );
}
