"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signUpAction } from "@/app/actions/account";
import { useI18n } from "./i18n-provider";
import { safeCallback } from "@/lib/safe-callback";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Not a form action: React would reset the fields after a failed attempt.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const input = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const created = await signUpAction({ ...input, locale });
    if (!created.ok) {
      setPending(false);
      setError(created.error.message);
      return;
    }
    const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setError(t("error.generic"));
      return;
    }
    router.push(safeCallback(callbackUrl));
    router.refresh();
  }

  return (
    <form className="card stack" onSubmit={onSubmit} data-testid="sign-up-form">
      <h1>{t("auth.signUpTitle")}</h1>
      <label className="field">
        {t("auth.name")}
        <input type="text" name="name" autoComplete="name" required maxLength={120} />
      </label>
      <label className="field">
        {t("auth.email")}
        <input type="email" name="email" autoComplete="email" required maxLength={254} />
      </label>
      <label className="field">
        {t("auth.password")}
        <input type="password" name="password" autoComplete="new-password" required minLength={8} maxLength={200} />
        <span className="small muted">{t("auth.passwordHint")}</span>
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="button" type="submit" disabled={pending}>{t("auth.signUpButton")}</button>
      <p className="small muted">
        {t("auth.haveAccount")} <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("nav.signIn")}</Link>
      </p>
    </form>
  );
}
