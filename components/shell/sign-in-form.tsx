"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { safeCallback } from "@/lib/safe-callback";
import { useI18n } from "./i18n-provider";

export function SignInForm({ callbackUrl, showDemoHint }: { callbackUrl: string; showDemoHint: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not a form action: React would reset the fields after a failed attempt.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(t("auth.invalidCredentials"));
      return;
    }
    router.push(safeCallback(callbackUrl));
    router.refresh();
  }

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="sign-in-form">
      <h1>{t("auth.signInTitle")}</h1>
      {showDemoHint && <p className="notice small">{t("auth.demoHint")}</p>}
      <label className="field">
        {t("auth.email")}
        <input type="email" name="email" autoComplete="email" required maxLength={254} />
      </label>
      <label className="field">
        {t("auth.password")}
        <input type="password" name="password" autoComplete="current-password" required maxLength={200} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="button" type="submit" disabled={pending}>{t("auth.signInButton")}</button>
      <p className="small muted">
        {t("auth.noAccount")} <Link href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("nav.signUp")}</Link>
      </p>
    </form>
  );
}
