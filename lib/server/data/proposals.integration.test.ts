import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChartOp } from "../../org/chart-ops";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { refusalCode as refusal } from "../testing/refusal-code";
import { applyChartBatch } from "./apply-chart-batch";
import { listChartVersions } from "./chart-versions";
import { createChart, getChart } from "./charts";
import { createOrganization, listMyOrganizations } from "./organizations";
import { discardProposal, mergeProposal, readProposalContext, startProposal } from "./proposals";
import { createUser } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let editor: { userId: string };
let viewer: { userId: string };
let orgId: string;

const node = (id: string, title: string) => ({ id, title, person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] });
const content = {
  name: "Ferri",
  nodes: [node("ceo", "CEO"), node("cio", "CIO"), node("cto", "CTO"), { ...node("it", "Reparto IT"), kind: "department" as const }],
  edges: [
    { id: "e1", source: "ceo", target: "cio", kind: "reports-to" as const },
    { id: "e2", source: "ceo", target: "cto", kind: "reports-to" as const },
    { id: "e3", source: "cto", target: "it", kind: "reports-to" as const },
  ],
};


let seq = 0;
const edit = (actor: { userId: string }, chartId: string, ops: ChartOp[]) => applyChartBatch(t.db, actor, chartId, { clientId: "test-client", seq: ++seq, ops });

beforeAll(async () => {
  t = await createTestDatabase();
  owner = { userId: (await createUser(t.db, { email: "o@example.test", name: "Olga", password: "long enough password" })).id };
  editor = { userId: (await createUser(t.db, { email: "e@example.test", name: "Eddy", password: "long enough password" })).id };
  viewer = { userId: (await createUser(t.db, { email: "v@example.test", name: "Vera", password: "long enough password" })).id };
  orgId = (await createOrganization(t.db, owner, "Org")).id;
  await t.db.membership.create({ data: { orgId, userId: editor.userId, role: "editor" } });
  await t.db.membership.create({ data: { orgId, userId: viewer.userId, role: "viewer" } });
});
afterAll(async () => t?.drop());

describe("proposals", () => {
  it("merge without conflicts: the proposal's changes land on the origin with the colleague's changes made meanwhile", async () => {
    const { id: originId } = await createChart(t.db, owner, orgId, content);
    const { id } = await startProposal(t.db, editor, originId, "IT under the CIO", false);
    expect((await getChart(t.db, viewer, id)).chart.nodes).toHaveLength(4);
    await edit(editor, id, [
      { type: "removeEdge", id: "e3" },
      { type: "addEdge", edge: { id: "e4", source: "cio", target: "it", kind: "reports-to" } },
      { type: "addNode", node: node("pmo", "PMO") },
    ]);
    // Meanwhile, on the origin, someone names the CEO.
    await edit(owner, originId, [{ type: "updateNode", id: "ceo", patch: { person: "Anna Ferri" } }]);

    const context = await readProposalContext(t.db, viewer, id);
    expect(context).toMatchObject({ state: "open", private: false, startedAt: 0, canMerge: false });
    expect(context.origin?.nodes.find((n) => n.id === "ceo")?.person).toBe("Anna Ferri");
    expect(context.base.nodes.find((n) => n.id === "ceo")?.person).toBeNull();

    const merged = await mergeProposal(t.db, owner, id);
    expect(merged).toMatchObject({ applied: 3, refused: [], overwritten: [], savedVersion: "Before merging “IT under the CIO”" });
    const after = (await getChart(t.db, owner, originId)).chart;
    expect(after.edges.filter((e) => e.target === "it").map((e) => e.source)).toEqual(["cio"]);
    expect(after.nodes.map((n) => [n.id, n.person])).toContainEqual(["ceo", "Anna Ferri"]);
    expect(after.nodes.map((n) => n.id)).toContain("pmo");
    expect(after.name).toBe("Ferri");
    // The version saved before the merge holds the origin as it was.
    expect((await listChartVersions(t.db, owner, originId)).map((v) => v.name)).toEqual(["Before merging “IT under the CIO”"]);
    // Merged: kept to read, closed to edits, not merged twice.
    expect((await readProposalContext(t.db, owner, id)).state).toBe("merged");
    const before = await t.snapshot();
    expect(await refusal(edit(editor, id, [{ type: "updateNode", id: "ceo", patch: { title: "Late" } }]))).toBe("forbidden");
    expect(await refusal(mergeProposal(t.db, owner, id))).toBe("conflict");
    expect(await t.snapshot()).toBe(before);
  });

  it("merge with conflicts: what the origin deleted or moved meanwhile is refused and listed, a field both changed is listed as overwritten", async () => {
    const { id: originId } = await createChart(t.db, owner, orgId, content);
    const { id } = await startProposal(t.db, owner, originId, "Reorganisation", false);
    await edit(owner, id, [
      { type: "updateNode", id: "cto", patch: { title: "Chief Technology Officer" } },
      { type: "updateNode", id: "cio", patch: { title: "Chief Information Officer" } },
      { type: "removeEdge", id: "e3" },
      { type: "addEdge", edge: { id: "e4", source: "cio", target: "it", kind: "reports-to" } },
    ]);
    await edit(editor, originId, [
      { type: "removeNode", id: "cto" },
      { type: "addEdge", edge: { id: "e9", source: "ceo", target: "it", kind: "reports-to" } },
      { type: "updateNode", id: "cio", patch: { title: "CIO & CDO" } },
    ]);
    const merged = await mergeProposal(t.db, editor, id);
    expect(merged.refused.map(({ op, reason }) => [op.type, reason.code])).toEqual([
      ["updateNode", "unknown-node"],
      ["addEdge", "structure"],
    ]);
    expect(merged.overwritten).toEqual([{ nodeId: "cio", title: "CIO & CDO", field: "title", was: "CIO & CDO", now: "Chief Information Officer" }]);
    const after = (await getChart(t.db, owner, originId)).chart;
    expect(after.edges.filter((e) => e.target === "it")).toEqual([{ id: "e9", source: "ceo", target: "it", kind: "reports-to" }]);
    expect(after.nodes.find((n) => n.id === "cio")?.title).toBe("Chief Information Officer");
  });

  it("only those who may edit the origin merge; a viewer cannot start, merge or discard; discarded stays listed and read-only", async () => {
    const { id: originId } = await createChart(t.db, owner, orgId, content);
    const before = await t.snapshot();
    expect(await refusal(startProposal(t.db, viewer, originId, "Viewer's idea", false))).toBe("forbidden");
    expect(await t.snapshot()).toBe(before);
    const { id } = await startProposal(t.db, editor, originId, "Maybe", false);
    const unchanged = await t.snapshot();
    expect(await refusal(mergeProposal(t.db, viewer, id))).toBe("forbidden");
    expect(await refusal(discardProposal(t.db, viewer, id))).toBe("forbidden");
    expect(await t.snapshot()).toBe(unchanged);
    await discardProposal(t.db, editor, id);
    expect(await refusal(edit(editor, id, [{ type: "updateNode", id: "ceo", patch: { title: "Late" } }]))).toBe("forbidden");
    const [org] = await listMyOrganizations(t.db, viewer);
    expect(org!.charts.find((c) => c.id === originId)?.proposals).toEqual([{ id, name: "Maybe", state: "discarded", private: false, updatedAt: expect.any(Date) as Date }]);
  });

  it("a private proposal is its author's only: 'not found' to everyone else, and not listed for them", async () => {
    const { id: originId } = await createChart(t.db, owner, orgId, content);
    const { id } = await startProposal(t.db, editor, originId, "Draft", true);
    expect(await refusal(getChart(t.db, owner, id))).toBe("not-found");
    expect(await refusal(readProposalContext(t.db, owner, id))).toBe("not-found");
    expect(await refusal(mergeProposal(t.db, owner, id))).toBe("not-found");
    const ownersView = (await listMyOrganizations(t.db, owner))[0]!.charts.find((c) => c.id === originId);
    expect(ownersView?.proposals).toEqual([]);
    const editorsView = (await listMyOrganizations(t.db, editor))[0]!.charts.find((c) => c.id === originId);
    expect(editorsView?.proposals.map((p) => [p.name, p.private])).toEqual([["Draft", true]]);
    expect((await readProposalContext(t.db, editor, id)).private).toBe(true);
  });

  it("a proposal does not start from another proposal", async () => {
    const { id: originId } = await createChart(t.db, owner, orgId, content);
    const { id } = await startProposal(t.db, owner, originId, "First", false);
    expect(await refusal(startProposal(t.db, owner, id, "Second", false))).toBe("invalid");
  });
});
