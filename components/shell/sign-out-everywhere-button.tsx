"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { signOutEverywhereAction } from "@/app/actions/account";
import { useI18n } from "./i18n-provider";

export function SignOutEverywhereButton() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button danger"
        data-testid="sign-out-everywhere"
        onClick={async () => {
          const result = await signOutEverywhereAction({});
          if (!result.ok) return setError(result.error.message);
          await signOut({ callbackUrl: "/signin" });
        }}
      >
        {t("account.signOutEverywhere")}
      </button>
      {error && <p className="error" role="alert">{error}</p>}
    </>
  );
}
