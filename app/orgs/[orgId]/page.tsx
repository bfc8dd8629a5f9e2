import { notFound } from "next/navigation";
import Link from "next/link";
import { ActiveInvitations } from "@/components/organization/active-invitations";
import { InviteLinkForm } from "@/components/organization/invite-link-form";
import { MemberRoleSelect } from "@/components/organization/member-role-select";
import { RemoveMemberButton } from "@/components/organization/remove-member-button";
import { translator } from "@/lib/i18n/translate";
import { getOrganization, listActiveInvitations } from "@/lib/server/data/organizations";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { resolveLocale } from "@/lib/server/locale";
import { can } from "@/lib/server/permissions";
import { requirePageUser } from "@/lib/server/session";

export default async function OrganizationPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const user = await requirePageUser(`/orgs/${orgId}`);
  const t = translator(await resolveLocale(user));
  const org = await getOrganization(db(), user, orgId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  const invitations = can(org.role, "org.invite") ? await listActiveInvitations(db(), user, org.id) : [];
  return (
    <div className="page">
      <p><Link href="/dashboard">← {t("nav.dashboard")}</Link></p>
      <h1>{org.name}</h1>
      {can(org.role, "org.audit") && (
        <p className="row">
          <Link href={`/orgs/${org.id}/audit`} data-testid="audit-link">{t("security.audit.link")}</Link>
          <a href={`/api/orgs/${org.id}/archive`} download data-testid="archive-link" title={t("security.exportHelp")}>{t("security.export")}</a>
        </p>
      )}
      <section className="card">
        <h2>{t("org.members")}</h2>
        <ul className="chart-list" data-testid="members">
          {org.members.map((m) => (
            <li key={m.id} className="chart-item">
              <span>{m.name} <span className="muted small">{m.email}</span></span>
              <span className="row">
                {can(org.role, "org.manageMembers") ? (
                  <MemberRoleSelect orgId={org.id} userId={m.id} role={m.role} label={`${m.name}: role`} />
                ) : (
                  <span className="badge">{t(`role.${m.role}`)}</span>
                )}
                {(can(org.role, "org.manageMembers") || m.id === user.userId) && (
                  <RemoveMemberButton orgId={org.id} orgName={org.name} userId={m.id} name={m.name} self={m.id === user.userId} />
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {can(org.role, "org.invite") && (
        <section className="card stack">
          <h2>{t("org.invite")}</h2>
          <p className="muted small">{t("org.inviteHelp")}</p>
          <InviteLinkForm orgId={org.id} />
          <h2>{t("org.activeLinks")}</h2>
          <ActiveInvitations
            invitations={invitations.map((i) => ({ id: i.id, role: i.role, uses: i.uses, createdBy: i.createdBy, expiresAt: i.expiresAt.toISOString() }))}
          />
        </section>
      )}
    </div>
  );
}
