"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { changePasswordAction } from "@/app/actions/account";
import { useI18n } from "@/components/shell/i18n-provider";

/**
 * Changing the password ends every session, this one included; signing in again with the new
 * password keeps this device signed in while the others are signed out.
 */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ kind: "error" | "notice"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("newPassword") ?? "");
    setPending(true);
    const result = await changePasswordAction({ currentPassword: String(form.get("currentPassword") ?? ""), newPassword });
    if (result.ok) {
      await signIn("credentials", { email: result.data.email, password: newPassword, redirect: false });
      formElement.reset();
      setMessage({ kind: "notice", text: t("security.passwordChanged") });
    } else {
      setMessage({ kind: "error", text: result.error.message });
    }
    setPending(false);
  }

  return (
    <form className="stack" onSubmit={onSubmit} data-testid="change-password">
      <h2>{t("security.changePassword")}</h2>
      <p className="small muted">{t("security.changePasswordHelp")}</p>
      <label className="field">
        {t("security.currentPassword")}
        <input type="password" name="currentPassword" autoComplete="current-password" required maxLength={1024} />
      </label>
      <label className="field">
        {t("security.newPassword")}
        <input type="password" name="newPassword" autoComplete="new-password" required minLength={8} maxLength={128} />
        <span className="small muted">{t("security.passwordHint")}</span>
      </label>
      {message && <p className={message.kind} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
      <button className="button" type="submit" disabled={pending}>{t("security.changePassword")}</button>
    </form>
  );
}
