"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "./i18n-provider";

export function SignOutButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="button subtle" data-testid="sign-out" onClick={() => void signOut({ callbackUrl: "/signin" })}>
      {t("nav.signOut")}
    </button>
  );
}
