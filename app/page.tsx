import Link from "next/link";
import { redirect } from "next/navigation";
import { translator } from "@/lib/i18n/translate";
import { resolveLocale } from "@/lib/server/locale";
import { getCurrentUser } from "@/lib/server/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (user) redirect("/dashboard");
  const t = translator(await resolveLocale(null));
  return (
    <section className="hero">
      <h1>{t("app.name")}</h1>
      <p>{t("app.tagline")}</p>
      <div className="row" style={{ justifyContent: "center" }}>
        <Link className="button" href="/signup">{t("nav.signUp")}</Link>
        <Link className="button secondary" href="/signin">{t("nav.signIn")}</Link>
      </div>
    </section>
  );
}
