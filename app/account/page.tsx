import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { SignOutEverywhereButton } from "@/components/shell/sign-out-everywhere-button";
import { translator } from "@/lib/i18n/translate";
import { organizationsOnlyOwnedBy } from "@/lib/server/data/users";
import { db } from "@/lib/server/db";
import { resolveLocale } from "@/lib/server/locale";
import { requirePageUser } from "@/lib/server/session";

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const t = translator(await resolveLocale(user));
  const soleOwnerOf = await organizationsOnlyOwnedBy(db(), user);
  return (
    <div className="page narrow stack">
      <div className="card stack">
        <h1>{t("account.title")}</h1>
        <p>
          <strong>{user.name}</strong>
          <br />
          <span className="muted">{user.email}</span>
        </p>
        <p className="small muted">{t("account.signOutEverywhereHelp")}</p>
        <SignOutEverywhereButton />
      </div>
      <div className="card">
        <ChangePasswordForm />
      </div>
      <div className="card">
        <DeleteAccountForm soleOwnerOf={soleOwnerOf.map((org) => org.name)} />
      </div>
    </div>
  );
}
