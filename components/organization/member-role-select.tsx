"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeMemberRoleAction } from "@/app/actions/organizations";
import { useI18n } from "@/components/shell/i18n-provider";

type Role = "owner" | "editor" | "viewer";

/** Owners change a member's role in place; the server refuses to demote the last owner. */
export function MemberRoleSelect({ orgId, userId, role, label }: { orgId: string; userId: string; role: Role; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="row">
      <select
        aria-label={label}
        data-testid="member-role"
        defaultValue={role}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value as Role;
          const select = event.target;
          startTransition(async () => {
            const result = await changeMemberRoleAction({ orgId, userId, role: next });
            if (!result.ok) {
              select.value = role;
              setError(result.error.message);
            } else {
              setError(null);
              router.refresh();
            }
          });
        }}
      >
        <option value="viewer">{t("role.viewer")}</option>
        <option value="editor">{t("role.editor")}</option>
        <option value="owner">{t("role.owner")}</option>
      </select>
      {error && <span className="error small" role="alert">{error}</span>}
    </span>
  );
}
