import { exportOrganization } from "@/lib/server/data/export-organization";
import { authedRoute } from "@/lib/server/route-handler";

/** GET → the organisation's archive as a JSON download (owners only). */
export const GET = authedRoute<{ orgId: string }, null>(null, async ({ user, db, params }) => {
  const archive = await exportOrganization(db, user, params.orgId);
  const day = archive.exportedAt.slice(0, 10);
  const slug = archive.organization.name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "organisation";
  return new Response(JSON.stringify(archive, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="orgplan-${slug}-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
