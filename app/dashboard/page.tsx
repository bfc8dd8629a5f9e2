import Link from "next/link";
import { ChartList } from "@/components/dashboard/chart-list";
import { DeletedCharts } from "@/components/dashboard/deleted-charts";
import { CreateChartForm } from "@/components/dashboard/create-chart-form";
import { CreateOrganizationForm } from "@/components/dashboard/create-organization-form";
import { ImportChartButton } from "@/components/io/import-chart-button";
import { translator } from "@/lib/i18n/translate";
import { listMyOrganizations } from "@/lib/server/data/organizations";
import { db } from "@/lib/server/db";
import { resolveLocale } from "@/lib/server/locale";
import { can } from "@/lib/server/permissions";
import { requirePageUser } from "@/lib/server/session";

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  const t = translator(await resolveLocale(user));
  const organizations = await listMyOrganizations(db(), user);
  return (
    <div className="page">
      <div className="spread">
        <h1>{t("dashboard.title")}</h1>
      </div>
      {organizations.length === 0 && <p className="muted">{t("dashboard.empty")}</p>}
      {organizations.map((org) => (
        <section key={org.id} className="card stack" data-testid="organization" aria-labelledby={`org-${org.id}`}>
          <div className="spread">
            <h2 id={`org-${org.id}`}>{org.name}</h2>
            <div className="row small">
              <span className="badge">{t("dashboard.role", { role: t(`role.${org.role}`) })}</span>
              <Link href={`/orgs/${org.id}`}>{t("dashboard.manage")}</Link>
            </div>
          </div>
          <ChartList charts={org.charts.map((c) => ({ id: c.id, name: c.name, nodeCount: c.nodeCount, proposals: c.proposals.map((p) => ({ id: p.id, name: p.name, state: p.state, private: p.private })) }))} canEdit={can(org.role, "chart.edit")} />
          {org.deletedCharts.length > 0 && (
            <DeletedCharts
              charts={org.deletedCharts.map((c) => ({ id: c.id, name: c.name, deletedAt: c.deletedAt.toISOString() }))}
              canRestore={can(org.role, "chart.delete")}
            />
          )}
          {can(org.role, "chart.create") && (
            <div className="row">
              <CreateChartForm orgId={org.id} />
              <ImportChartButton orgId={org.id} />
            </div>
          )}
        </section>
      ))}
      <section className="card">
        <h2>{t("dashboard.newOrg")}</h2>
        <CreateOrganizationForm />
      </section>
    </div>
  );
}
