"use client";

import Link from "next/link";
import { signUpAction } from "@/app/actions/account";
import { CredentialFields } from "./credential-fields";
import { useI18n } from "./i18n-provider";
import { useCredentialsForm } from "./use-credentials-form";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const { t, locale } = useI18n();
  const { error, pending, handleSubmit, signInAndContinue } = useCredentialsForm(callbackUrl);

  const onSubmit = handleSubmit(async (form) => {
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const created = await signUpAction({ ...input, locale });
    if (!created.ok) return created.error.message;
    return (await signInAndContinue(input.email, input.password)) === "ok" ? null : t("error.generic");
  });

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="sign-up-form">
      <h1>{t("auth.signUpTitle")}</h1>
      <label className="field">
        {t("auth.name")}
        <input type="text" name="name" autoComplete="name" required maxLength={120} />
      </label>
      <CredentialFields newPassword />
      {error && <p className="error" role="alert">{error}</p>}
      <button className="button" type="submit" disabled={pending}>{t("auth.signUpButton")}</button>
      <p className="small muted">
        {t("auth.haveAccount")} <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("nav.signIn")}</Link>
      </p>
    </form>
  );
}
