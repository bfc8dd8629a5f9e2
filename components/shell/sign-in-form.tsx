"use client";

import Link from "next/link";
import { CredentialFields } from "./credential-fields";
import { useI18n } from "./i18n-provider";
import { useCredentialsForm } from "./use-credentials-form";

export function SignInForm({ callbackUrl, showDemoHint }: { callbackUrl: string; showDemoHint: boolean }) {
  const { t } = useI18n();
  const { error, pending, handleSubmit, signInAndContinue } = useCredentialsForm(callbackUrl);

  const onSubmit = handleSubmit(async (form) => {
    const outcome = await signInAndContinue(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
    if (outcome === "ok") return null;
    if (typeof outcome === "object") return t("security.signInLimited", { minutes: Math.max(1, Math.ceil(outcome.waitSeconds / 60)) });
    // One message for an unknown email and a wrong password alike.
    return t("auth.invalidCredentials");
  });

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="sign-in-form">
      <h1>{t("auth.signInTitle")}</h1>
      {showDemoHint && <p className="notice small">{t("auth.demoHint")}</p>}
      <CredentialFields />
      {error && <p className="error" role="alert">{error}</p>}
      <button className="button" type="submit" disabled={pending}>{t("auth.signInButton")}</button>
      <p className="small muted">
        {t("auth.noAccount")} <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("nav.signUp")}</Link>
      </p>
    </form>
  );
}
