import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { I18nProvider } from "@/components/shell/i18n-provider";
import { translator } from "@/lib/i18n/translate";
import { resolveLocale } from "@/lib/server/locale";
import { getCurrentUser } from "@/lib/server/session";
import "./globals.css";

export const metadata: Metadata = {
  title: "Orgplan",
  description: "Org charts with CIO/CTO overlap and gap warnings",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const locale = await resolveLocale(user);
  return (
    <html lang={locale}>
      <body>
        <I18nProvider locale={locale}>
          <AppHeader user={user} t={translator(locale)} />
          <main className="app-main">{children}</main>
        </I18nProvider>
      </body>
    </html>
  );
}
