import Link from "next/link";
import { AcceptInviteButton } from "@/components/organization/accept-invite-button";
import { translator } from "@/lib/i18n/translate";
import { describeInvitation } from "@/lib/server/data/organizations";
import { db } from "@/lib/server/db";
import { resolveLocale } from "@/lib/server/locale";
import { getCurrentUser } from "@/lib/server/session";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const t = translator(await resolveLocale(user));
  const invite = await describeInvitation(db(), token);
  const here = `/invite/${token}`;
  return (
    <div className="page narrow">
      <div className="card stack">
        {!invite ? (
          <p className="error">{t("invite.invalid")}</p>
        ) : (
          <>
            <h1>{t("invite.title", { org: invite.orgName })}</h1>
            <p>{t("invite.body", { org: invite.orgName, role: t(`role.${invite.role}`) })}</p>
            {user ? (
              <AcceptInviteButton token={token} />
            ) : (
              <>
                <p className="muted">{t("invite.signInFirst")}</p>
                <div className="row">
                  <Link className="button" href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>{t("nav.signIn")}</Link>
                  <Link className="button secondary" href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>{t("nav.signUp")}</Link>
                </div>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
