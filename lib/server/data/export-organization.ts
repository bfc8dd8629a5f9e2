import type { CommentThread } from "../../comments/comment-schema";
import { serializeOrgchart } from "../../io/serialize-orgchart";
import type { OrgchartV1 } from "../../io/parse-orgchart";
import type { Db } from "../create-prisma-client";
import { requireOrgAccess } from "./access";
import type { Actor } from "./actor";
import { loadAcknowledgements } from "./acknowledgements";
import { loadCommentThreads } from "./chart-comments";
import { loadChart } from "./load-chart";

export const ARCHIVE_FORMAT = "orgplan-archive/v1";

/**
 * Everything an organisation holds, as one JSON document. Each kind of data is one top-level list,
 * so later features (saved versions, comments) add a list without changing the ones here; a reader
 * should ignore lists it does not know.
 */
export interface OrganizationArchive {
  format: typeof ARCHIVE_FORMAT;
  exportedAt: string;
  organization: { id: string; name: string; createdAt: string };
  members: { name: string; email: string; role: string; since: string }[];
  invitations: { role: string; createdBy: string; createdAt: string; expiresAt: string; revokedAt: string | null; uses: number }[];
  charts: {
    id: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    /** Set for a chart in the trash (restorable until purged). */
    deletedAt: string | null;
    /** The chart as an orgchart/v1 document: it imports as it is. */
    orgchart: OrgchartV1;
    /** Every accepted batch of edits, oldest first. */
    changes: { version: number; by: string | null; at: string; ops: unknown }[];
    /** The named versions, oldest first, each as an orgchart/v1 document. */
    versions: { name: string; version: number; by: string | null; at: string; orgchart: unknown }[];
    /** The comment threads on cards and findings, oldest first, resolved ones included. */
    comments: CommentThread[];
  }[];
}

export async function exportOrganization(db: Db, actor: Actor, orgId: string): Promise<OrganizationArchive> {
  await requireOrgAccess(db, actor, orgId, "org.export");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: {
      id: true,
      name: true,
      createdAt: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, createdAt: true, user: { select: { name: true, email: true } } } },
      invitations: { orderBy: { createdAt: "asc" }, select: { role: true, createdAt: true, expiresAt: true, revokedAt: true, uses: true, createdBy: { select: { email: true } } } },
      charts: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true, updatedAt: true, deletedAt: true } },
    },
  });
  const charts: OrganizationArchive["charts"] = [];
  for (const row of org.charts) {
    const chart = await loadChart(db, row.id);
    const changes = await db.chartChange.findMany({
      where: { chartId: row.id },
      orderBy: { version: "asc" },
      select: { version: true, ops: true, createdAt: true, actor: { select: { email: true } } },
    });
    const versions = await db.chartVersion.findMany({
      where: { chartId: row.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { name: true, version: true, content: true, createdAt: true, createdBy: { select: { email: true } } },
    });
    charts.push({
      id: row.id,
      version: chart.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      deletedAt: row.deletedAt?.toISOString() ?? null,
      orgchart: serializeOrgchart(chart, await loadAcknowledgements(db, row.id)),
      changes: changes.map((c) => ({ version: c.version, by: c.actor?.email ?? null, at: c.createdAt.toISOString(), ops: JSON.parse(c.ops) as unknown })),
      versions: versions.map((v) => ({ name: v.name, version: v.version, by: v.createdBy?.email ?? null, at: v.createdAt.toISOString(), orgchart: JSON.parse(v.content) as unknown })),
      comments: await loadCommentThreads(db, row.id),
    });
  }
  return {
    format: ARCHIVE_FORMAT,
    exportedAt: new Date().toISOString(),
    organization: { id: org.id, name: org.name, createdAt: org.createdAt.toISOString() },
    members: org.memberships.map((m) => ({ name: m.user.name, email: m.user.email, role: m.role, since: m.createdAt.toISOString() })),
    invitations: org.invitations.map((i) => ({
      role: i.role,
      createdBy: i.createdBy.email,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
      revokedAt: i.revokedAt?.toISOString() ?? null,
      uses: i.uses,
    })),
    charts,
  };
}
