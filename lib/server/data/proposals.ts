import { CHART_LIMITS } from "../../org/limits";
import { overwrittenChanges } from "../../org/overwritten-changes";
import type { MergeOutcome, ProposalContext, ProposalState } from "../../org/proposal";
import { proposalOps } from "../../org/proposal-ops";
import type { VersionedChart } from "../../org/types";
import { proposalBaseFromRow, proposalBaseToRow } from "../chart-mapper";
import type { Db } from "../create-prisma-client";
import { AppError, invalid, notFound } from "../errors";
import { requireChartAccess, requireOrgAccess } from "./access";
import type { Actor } from "./actor";
import { applyChartBatch } from "./apply-chart-batch";
import { saveChartVersion } from "./chart-versions";
import { copyChart } from "./charts";
import { loadChart } from "./load-chart";

/**
 * Starts a proposal: a copy of the chart as it is now that remembers its origin and that version.
 * Anyone who may create charts starts one; a private one is seen by its author only.
 */
export async function startProposal(db: Db, actor: Actor, chartId: string, name: string, isPrivate: boolean): Promise<{ id: string }> {
  const access = await requireChartAccess(db, actor, chartId, "chart.read");
  await requireOrgAccess(db, actor, access.orgId, "chart.create");
  if (access.proposalState !== null) throw invalid("A proposal cannot start from another proposal: start it from the chart.");
  return copyChart(db, chartId, access, (source) => ({
    orgId: access.orgId,
    name: name.trim(),
    originId: chartId,
    originVersion: source.version,
    proposalBase: proposalBaseToRow(source),
    proposalState: "open",
    privateToId: isPrivate ? actor.userId : null,
  }));
}

/** The proposal's base and its origin now: anyone who may read the proposal. */
export async function readProposalContext(db: Db, actor: Actor, proposalId: string): Promise<ProposalContext> {
  await requireChartAccess(db, actor, proposalId, "chart.read");
  const row = await proposalRow(db, proposalId);
  let origin: VersionedChart | null = null;
  let canMerge = false;
  if (row.originId !== null) {
    try {
      const access = await requireChartAccess(db, actor, row.originId, "chart.read");
      origin = await loadChart(db, row.originId);
      canMerge = access.role !== "viewer";
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return { state: row.state, private: row.privateToId !== null, startedAt: row.originVersion, base: row.base, origin, canMerge };
}

/**
 * Applies what the proposal changed onto its origin as it is now, through the same server-ordered
 * path as live edits (so every open editor sees it at once): for whoever may edit the origin. A
 * named version of the origin is saved first, to go back to. The proposal is then merged: kept to
 * read, closed to edits. Sent twice, it is applied once (the batch's clientId and seq).
 */
export async function mergeProposal(db: Db, actor: Actor, proposalId: string): Promise<MergeOutcome> {
  await requireChartAccess(db, actor, proposalId, "chart.read");
  const row = await proposalRow(db, proposalId);
  if (row.state !== "open") throw new AppError("conflict", `This proposal is already ${row.state}.`);
  if (row.originId === null) throw notFound("The chart this proposal started from no longer exists");
  await requireChartAccess(db, actor, row.originId, "chart.edit");
  const [proposal, origin] = await Promise.all([loadChart(db, proposalId), loadChart(db, row.originId)]);
  const { ops, gestures } = proposalOps(row.base, proposal, origin);
  if (ops.length > CHART_LIMITS.opsPerRequest) throw invalid(`This proposal changes too much to merge at once (${ops.length} operations, at most ${CHART_LIMITS.opsPerRequest}).`);
  const overwritten = overwrittenChanges(row.base, origin, proposal);
  if (ops.length === 0) {
    await closeProposal(db, proposalId, "merged");
    return { version: origin.version, applied: 0, refused: [], overwritten: [], savedVersion: null };
  }
  const saved = await saveChartVersion(db, actor, row.originId, `Before merging “${proposal.name}”`.slice(0, CHART_LIMITS.chartName));
  const answer = await applyChartBatch(db, actor, row.originId, { clientId: `merge-${proposalId}`, seq: 1, baseVersion: origin.version, ops, gestures });
  await closeProposal(db, proposalId, "merged");
  const refused = ops.flatMap((op, i) => {
    const result = answer.results[i];
    return result?.status === "refused" ? [{ op, reason: result.reason }] : [];
  });
  return { version: answer.version, applied: ops.length - refused.length, refused, overwritten, savedVersion: saved.name };
}

/** Closes a proposal without merging it: whoever may edit it. It stays, read-only, under its chart. */
export async function discardProposal(db: Db, actor: Actor, proposalId: string): Promise<void> {
  await requireChartAccess(db, actor, proposalId, "chart.edit");
  const row = await proposalRow(db, proposalId);
  if (row.state !== "open") throw new AppError("conflict", `This proposal is already ${row.state}.`);
  await closeProposal(db, proposalId, "discarded");
}

async function closeProposal(db: Db, proposalId: string, state: Exclude<ProposalState, "open">): Promise<void> {
  await db.chart.update({ where: { id: proposalId }, data: { proposalState: state, proposalClosedAt: new Date() } });
}

async function proposalRow(db: Db, proposalId: string) {
  const row = await db.chart.findUniqueOrThrow({
    where: { id: proposalId },
    select: { originId: true, originVersion: true, proposalBase: true, proposalState: true, privateToId: true },
  });
  if (row.proposalState === null || row.proposalBase === null || row.originVersion === null) throw invalid("This chart is not a proposal.");
  return {
    originId: row.originId,
    originVersion: row.originVersion,
    base: proposalBaseFromRow(row.proposalBase),
    state: row.proposalState as ProposalState,
    privateToId: row.privateToId,
  };
}
