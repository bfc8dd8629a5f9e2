import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { CurrentUser } from "@/lib/server/session";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user, t }: { user: CurrentUser | null; t: Translate }) {
  return (
    <header className="app-header">
      <Link href={user ? "/dashboard" : "/"} className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> {t("app.name")}
      </Link>
      <nav className="header-nav">
        {user ? (
          <>
            <Link href="/dashboard">{t("nav.dashboard")}</Link>
            <Link href="/definitions">{t("decisions.nav.definitions")}</Link>
            <Link href="/account" className="header-user" data-testid="current-user" title={t("nav.account")}>{user.name || user.email}</Link>
            <LanguageSwitcher />
            <SignOutButton />
          </>
        ) : (
          <>
            <Link href="/definitions">{t("decisions.nav.definitions")}</Link>
            <LanguageSwitcher />
            <Link href="/signin">{t("nav.signIn")}</Link>
            <Link href="/signup" className="button">{t("nav.signUp")}</Link>
          </>
        )}
      </nav>
    </header>
  );
}
