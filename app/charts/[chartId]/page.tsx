import { notFound } from "next/navigation";
import { ChartEditor } from "@/components/canvas/chart-editor";
import { listAcknowledgements } from "@/lib/server/data/acknowledgements";
import { listCommentThreads } from "@/lib/server/data/chart-comments";
import { getChart } from "@/lib/server/data/charts";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { resolveLocale } from "@/lib/server/locale";
import { can, isOrgRole } from "@/lib/server/permissions";
import { requirePageUser } from "@/lib/server/session";

export default async function ChartPage({ params }: { params: Promise<{ chartId: string }> }) {
  const { chartId } = await params;
  const user = await requirePageUser(`/charts/${chartId}`);
  const locale = await resolveLocale(user);
  const loaded = await getChart(db(), user, chartId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  // A merged or discarded proposal is kept to read and compare, never to change.
  const closed = loaded.proposalState !== null && loaded.proposalState !== "open";
  const canEdit = isOrgRole(loaded.role) && can(loaded.role, "chart.edit") && !closed;
  const canPropose = isOrgRole(loaded.role) && can(loaded.role, "chart.create") && loaded.proposalState === null;
  const moderates = isOrgRole(loaded.role) && can(loaded.role, "chart.moderateComments");
  const [acknowledgements, comments] = await Promise.all([listAcknowledgements(db(), user, chartId), listCommentThreads(db(), user, chartId)]);
  return (
    <ChartEditor
      initialChart={loaded.chart}
      initialAcknowledgements={acknowledgements}
      initialComments={comments}
      commenter={{ userId: user.userId, moderates }}
      proposal={loaded.proposalState === null ? null : { state: loaded.proposalState }}
      canPropose={canPropose}
      canEdit={canEdit}
      locale={locale}
      orgName={loaded.orgName}
    />
  );
}
