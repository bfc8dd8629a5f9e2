"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { removeMemberAction } from "@/app/actions/organizations";
import { useI18n } from "@/components/shell/i18n-provider";

/** Owners remove a member; a member may remove themselves ("Leave"). Asks first. */
export function RemoveMemberButton({ orgId, orgName, userId, name, self }: { orgId: string; orgName: string; userId: string; name: string; self: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button secondary"
        data-testid="remove-member"
        aria-label={`${self ? t("security.leaveOrganization") : t("security.removeMember")}: ${name}`}
        onClick={async () => {
          if (!window.confirm(t("security.confirmRemoveMember", { name, org: orgName }))) return;
          const result = await removeMemberAction({ orgId, userId });
          if (!result.ok) return setError(result.error.message);
          if (self) router.push("/dashboard");
          router.refresh();
        }}
      >
        {self ? t("security.leaveOrganization") : t("security.removeMember")}
      </button>
      {error && <span className="error small" role="alert">{error}</span>}
    </>
  );
}
