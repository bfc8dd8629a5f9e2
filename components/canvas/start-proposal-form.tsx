"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { startProposalAction } from "@/app/actions/proposals";
import { CHART_LIMITS } from "@/lib/org/limits";
import { useCanvasI18n } from "./canvas-i18n-context";

/** Starts a proposal from this chart as it is now, shared or private, and opens it. */
export function StartProposalForm({ chartId }: { chartId: string }) {
  const { t } = useCanvasI18n();
  const router = useRouter();
  const [name, setName] = useState("");
  const [isPrivate, setPrivate] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return;
    startTransition(async () => {
      const result = await startProposalAction({ chartId, name: name.trim(), private: isPrivate });
      if (result.ok) router.push(`/charts/${result.data.id}`);
      else setError(result.error.message);
    });
  };
  return (
    <form className="oc-start-proposal" data-testid="start-proposal" onSubmit={onSubmit}>
      <h3>{t("canvas.proposal.startTitle")}</h3>
      <p className="oc-muted oc-small-text">{t("canvas.proposal.startHint")}</p>
      <label className="visually-hidden" htmlFor="oc-proposal-name">
        {t("canvas.proposal.name")}
      </label>
      <input
        id="oc-proposal-name"
        className="oc-input"
        data-testid="proposal-name"
        value={name}
        maxLength={CHART_LIMITS.chartName}
        placeholder={t("canvas.proposal.namePlaceholder")}
        onChange={(event) => setName(event.target.value)}
      />
      <label className="oc-check">
        <input type="checkbox" data-testid="proposal-private" checked={isPrivate} onChange={(event) => setPrivate(event.target.checked)} /> {t("canvas.proposal.private")}
      </label>
      <button type="submit" className="oc-button oc-small" data-testid="proposal-start" disabled={pending || name.trim() === ""}>
        {t("canvas.proposal.start")}
      </button>
      {error !== null && (
        <p className="oc-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
