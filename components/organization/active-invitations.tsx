"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { revokeInvitationAction } from "@/app/actions/organizations";
import { useI18n } from "@/components/shell/i18n-provider";

interface ActiveInvitation {
  id: string;
  role: "owner" | "editor" | "viewer";
  expiresAt: string;
  uses: number;
  createdBy: string;
}

export function ActiveInvitations({ invitations }: { invitations: ActiveInvitation[] }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (invitations.length === 0) return <p className="muted small">{t("org.noActiveLinks")}</p>;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <>
      <ul className="chart-list" data-testid="active-invitations">
        {invitations.map((invite) => (
          <li key={invite.id} className="chart-item" data-testid="active-invitation">
            <span className="small">
              {t("org.linkMeta", { role: t(`role.${invite.role}`), by: invite.createdBy, expires: date.format(new Date(invite.expiresAt)), uses: invite.uses })}
            </span>
            <button
              className="button secondary"
              type="button"
              onClick={async () => {
                const result = await revokeInvitationAction({ invitationId: invite.id });
                if (!result.ok) return setError(result.error.message);
                router.refresh();
              }}
            >
              {t("org.revoke")}
            </button>
          </li>
        ))}
      </ul>
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
