"use client";

import { useMemo, useState } from "react";
import { translator } from "@/lib/i18n/translate";
import { useCanvasI18n } from "./canvas-i18n-context";

const MAX_REASON = 500;

/** "We know, and we keep it so": the reason, required, before a finding is acknowledged. */
export function AcknowledgeForm({ pending, onSave, onCancel }: { pending: boolean; onSave: (reason: string) => void; onCancel: () => void }) {
  const { locale } = useCanvasI18n();
  const t = useMemo(() => translator(locale), [locale]);
  const [reason, setReason] = useState("");
  return (
    <form
      className="oc-ack-form"
      data-testid="acknowledge-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim() !== "") onSave(reason.trim());
      }}
    >
      <label>
        <span>{t("decisions.panel.reason")}</span>
        <textarea
          data-testid="acknowledge-reason"
          value={reason}
          maxLength={MAX_REASON}
          rows={2}
          placeholder={t("decisions.panel.reasonPlaceholder")}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
      </label>
      <div className="oc-row">
        <button type="submit" className="oc-button oc-primary oc-small" data-testid="acknowledge-save" disabled={pending || reason.trim() === ""}>
          {t("decisions.panel.save")}
        </button>
        <button type="button" className="oc-button oc-small" onClick={onCancel}>
          {t("decisions.panel.cancel")}
        </button>
      </div>
    </form>
  );
}
