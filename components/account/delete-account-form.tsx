"use client";

import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { deleteAccountAction } from "@/app/actions/account";
import { useI18n } from "@/components/shell/i18n-provider";

/** Deleting the account; the page lists the organisations that go with it before anything happens. */
export function DeleteAccountForm({ soleOwnerOf }: { soleOwnerOf: string[] }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await deleteAccountAction({ password: String(form.get("password") ?? "") });
    if (!result.ok) {
      setPending(false);
      return setError(result.error.message);
    }
    await signOut({ callbackUrl: "/" });
  }

  return (
    <form className="stack" onSubmit={onSubmit} data-testid="delete-account">
      <h2>{t("security.deleteAccount")}</h2>
      <p className="small muted">{t("security.deleteAccountHelp")}</p>
      {soleOwnerOf.length > 0 && (
        <p className="notice" data-testid="sole-owner-warning">
          {t("security.deleteAccountLastOwner", { orgs: soleOwnerOf.map((name) => `“${name}”`).join(", ") })}
        </p>
      )}
      <label className="field">
        {t("security.deleteAccountConfirm")}
        <input type="password" name="password" autoComplete="current-password" required maxLength={1024} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="button danger" type="submit" disabled={pending}>{t("security.deleteAccountButton")}</button>
    </form>
  );
}
