"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptInvitationAction } from "@/app/actions/organizations";
import { useI18n } from "@/components/shell/i18n-provider";

export function AcceptInviteButton({ token }: { token: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        className="button"
        type="button"
        data-testid="accept-invite"
        onClick={async () => {
          const result = await acceptInvitationAction({ token });
          if (!result.ok) return setError(result.error.message);
          router.push("/dashboard");
          router.refresh();
        }}
      >
        {t("invite.accept")}
      </button>
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
