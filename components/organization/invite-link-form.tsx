"use client";

import { useState } from "react";
import { createInvitationAction } from "@/app/actions/organizations";
import { useI18n } from "@/components/shell/i18n-provider";

export function InviteLinkForm({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="stack">
      <form
        className="row"
        action={async (form) => {
          const role = String(form.get("role") ?? "viewer") as "owner" | "editor" | "viewer";
          const result = await createInvitationAction({ orgId, role });
          if (!result.ok) return setError(result.error.message);
          setError(null);
          setCopied(false);
          setLink(`${window.location.origin}/invite/${result.data.token}`);
        }}
      >
        <select name="role" defaultValue="editor" aria-label="role" data-testid="invite-role">
          <option value="viewer">{t("role.viewer")}</option>
          <option value="editor">{t("role.editor")}</option>
          <option value="owner">{t("role.owner")}</option>
        </select>
        <button className="button" type="submit">{t("org.createLink")}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {link && (
        <div className="row">
          <input type="text" readOnly value={link} aria-label={t("org.inviteLink")} data-testid="invite-link" style={{ flex: 1, minWidth: 280 }} />
          <button
            className="button secondary"
            type="button"
            onClick={async () => {
              await navigator.clipboard?.writeText(link);
              setCopied(true);
            }}
          >
            {copied ? t("org.copied") : t("org.copy")}
          </button>
        </div>
      )}
    </div>
  );
}
