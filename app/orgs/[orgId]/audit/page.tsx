import Link from "next/link";
import { notFound } from "next/navigation";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { listAuditEvents } from "@/lib/server/data/audit";
import { getOrganization } from "@/lib/server/data/organizations";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { resolveLocale } from "@/lib/server/locale";
import { requirePageUser } from "@/lib/server/session";

const PAGE = 100;

export default async function AuditPage({ params, searchParams }: { params: Promise<{ orgId: string }>; searchParams: Promise<{ before?: string }> }) {
  const { orgId } = await params;
  const before = Number((await searchParams).before);
  const user = await requirePageUser(`/orgs/${orgId}/audit`);
  const locale = await resolveLocale(user);
  const t = translator(locale);
  const load = async () => {
    const org = await getOrganization(db(), user, orgId);
    const events = await listAuditEvents(db(), user, orgId, { before: Number.isSafeInteger(before) && before > 0 ? before : undefined, take: PAGE });
    return { org, events };
  };
  // Non-owners get the same "not found" as strangers: the log's existence is not theirs to see.
  const { org, events } = await load().catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "not-found" || error.code === "forbidden")) notFound();
    throw error;
  });
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" });
  const role = (value: unknown) => (value === "owner" || value === "editor" || value === "viewer" ? t(`role.${value}`) : String(value ?? ""));
  return (
    <div className="page">
      <p><Link href={`/orgs/${org.id}`}>← {org.name}</Link></p>
      <h1>{t("security.audit.title")}</h1>
      <p className="muted small">{t("security.audit.help")}</p>
      {events.length === 0 ? (
        <p className="muted">{t("security.audit.empty")}</p>
      ) : (
        <table className="audit-table" data-testid="audit-log">
          <thead>
            <tr>
              <th>{t("security.audit.when")}</th>
              <th>{t("security.audit.who")}</th>
              <th>{t("security.audit.what")}</th>
              <th>{t("security.audit.from")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} data-testid="audit-entry" data-action={event.action}>
                <td>{when.format(event.createdAt)}</td>
                <td>{event.actorEmail ?? "—"}</td>
                <td>
                  {t(`security.audit.${event.action}` as MessageKey, {
                    subject: event.subjectEmail ?? "—",
                    role: role(event.detail.role),
                    from: role(event.detail.from),
                    chart: String(event.detail.chart ?? ""),
                  })}
                </td>
                <td title={event.userAgent ?? undefined}>{event.address ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.length === PAGE && (
        <p><Link href={`/orgs/${org.id}/audit?before=${events.at(-1)!.id}`}>{t("security.audit.older")}</Link></p>
      )}
    </div>
  );
}
