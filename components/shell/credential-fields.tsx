"use client";

import { useI18n } from "./i18n-provider";

export function CredentialFields({ newPassword = false }: { newPassword?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <label className="field">
        {t("auth.email")}
        <input type="email" name="email" autoComplete="email" required maxLength={254} />
      </label>
      <label className="field">
        {t("auth.password")}
        <input
          type="password"
          name="password"
          autoComplete={newPassword ? "new-password" : "current-password"}
          required
          minLength={newPassword ? 8 : undefined}
          maxLength={newPassword ? 128 : 1024}
        />
        {newPassword && <span className="small muted">{t("security.passwordHint")}</span>}
      </label>
    </>
  );
}
