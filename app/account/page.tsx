import { SignOutEverywhereButton } from "@/components/shell/sign-out-everywhere-button";
import { translator } from "@/lib/i18n/translate";
import { resolveLocale } from "@/lib/server/locale";
import { requirePageUser } from "@/lib/server/session";

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const t = translator(await resolveLocale(user));
  return (
    <div className="page narrow">
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
    </div>
  );
}
