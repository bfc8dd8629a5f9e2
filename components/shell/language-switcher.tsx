"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLanguageAction } from "@/app/actions/account";
import { useI18n } from "./i18n-provider";

export function LanguageSwitcher() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t("nav.language")}</span>
      <select
        aria-label={t("nav.language")}
        data-testid="language-switcher"
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLanguageAction(next);
            router.refresh();
          });
        }}
      >
        <option value="en">English</option>
        <option value="it">Italiano</option>
      </select>
    </label>
  );
}
