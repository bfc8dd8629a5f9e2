import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invertOps } from "../../org/invert-ops";
import { removeNodesGesture } from "../../org/gestures";
import type { Chart } from "../../org/types";
import { opsBatchSchema, type ChartOp } from "../../org/chart-ops";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { applyChartBatch, type BatchInput } from "./apply-chart-batch";
import { createChart, deleteChart, duplicateChart, getChart, renameChart, restoreChart } from "./charts";
import { listMyOrganizations } from "./organizations";
import { createOrganization } from "./organizations";
import { createUser } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let orgId: string;

const sample: Chart = {
  name: "Acme",
  nodes: [
    { id: "ceo", title: "CEO", person: "Giulia", role: null, kind: "role", position: { x: 0, y: 0 }, collapsed: false, responsibilities: [] },
    {
      id: "cio",
      title: "Chief Information Officer",
      person: null,
      role: "CIO",
      kind: "role",
      position: null,
      collapsed: false,
      responsibilities: [
        { id: "r1", text: "Gestire le operazioni IT" },
        { id: "r2", text: "Vendor management", duty: "cio.technology-vendors" },
        { id: "r3", text: "Payroll", duty: null },
      ],
    },
    { id: "it", title: "Reparto IT", person: null, role: null, kind: "department", position: { x: 10, y: 200 }, collapsed: true, responsibilities: [] },
  ],
  edges: [
    { id: "ceo->cio", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "cio->it", source: "cio", target: "it", kind: "reports-to" },
  ],
};

const edit = (chartId: string, ops: ChartOp[], extra: Omit<BatchInput, "ops"> = {}) => applyChartBatch(t.db, owner, chartId, { ...extra, ops });
const allApplied = (n: number) => Array.from({ length: n }, () => ({ status: "applied" }));

beforeAll(async () => {
  t = await createTestDatabase();
  const user = await createUser(t.db, { email: "owner@example.test", name: "Owner", password: "long enough password" });
  owner = { userId: user.id };
  orgId = (await createOrganization(t.db, owner, "Acme")).id;
});
afterAll(async () => t?.drop());

describe(`charts on ${process.env.ORGPLAN_TEST_DB ?? "sqlite"}`, () => {
  it("stores a chart and reads back exactly the same content, in order, with explicit duty decisions", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.version).toBe(0);
    expect({ name: chart.name, nodes: chart.nodes, edges: chart.edges }).toEqual(sample);
    // undefined (let the classifier decide) and null (decided: no duty) survive the round trip distinctly.
    expect("duty" in chart.nodes[1]!.responsibilities[0]!).toBe(false);
    expect(chart.nodes[1]!.responsibilities[2]!.duty).toBeNull();
  });

  it("applies an op batch, increments the version, and logs it", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const result = await edit(
      id,
      [
        { type: "addNode", node: { id: "cto", title: "CTO", person: null, role: "CTO", kind: "role", position: null, collapsed: false, responsibilities: [{ id: "x", text: "Lead engineering" }] } },
        { type: "addEdge", edge: { id: "ceo->cto", source: "ceo", target: "cto", kind: "reports-to" } },
        { type: "updateNode", id: "ceo", patch: { person: "Giulia Neri" } },
        { type: "moveNodes", moves: [{ id: "it", position: { x: 42, y: 43 } }] },
        { type: "removeResponsibility", nodeId: "cio", id: "r2" },
        { type: "moveResponsibility", nodeId: "cio", id: "r3", index: 0 },
      ],
      { clientId: "client-one", seq: 1, baseVersion: 0 },
    );
    expect(result).toEqual({ version: 1, results: allApplied(6), changes: [] });
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.version).toBe(1);
    expect(chart.nodes.map((n) => n.id)).toEqual(["ceo", "cio", "it", "cto"]);
    expect(chart.nodes[0]!.person).toBe("Giulia Neri");
    expect(chart.nodes[2]!.position).toEqual({ x: 42, y: 43 });
    expect(chart.nodes[1]!.responsibilities.map((r) => r.id)).toEqual(["r3", "r1"]);
    expect(chart.edges.map((e) => e.id)).toContain("ceo->cto");
    const log = await t.db.chartChange.findMany({ where: { chartId: id } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ version: 1, clientId: "client-one", seq: 1 });
  });

  it("removes a node with its lines and responsibilities", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    await edit(id, [{ type: "removeNode", id: "cio" }]);
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.nodes.map((n) => n.id)).toEqual(["ceo", "it"]);
    expect(chart.edges).toEqual([]);
    expect(await t.db.responsibility.count({ where: { chartId: id } })).toBe(0);
  });

  it("a batch that re-points a line and then removes its old manager is saved (foreign keys in the right order)", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const result = await edit(id, [
      { type: "updateEdge", id: "cio->it", patch: { source: "ceo" } },
      { type: "removeNode", id: "cio" },
    ]);
    expect(result.results).toEqual(allApplied(2));
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.edges).toEqual([{ id: "cio->it", source: "ceo", target: "it", kind: "reports-to" }]);
  });

  it("applies a batch made on an old version to the current chart: the last writer wins per field", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    await edit(id, [{ type: "updateNode", id: "ceo", patch: { title: "First", person: "Anna" } }], { clientId: "client-one", seq: 1, baseVersion: 0 });
    const late = await edit(id, [{ type: "updateNode", id: "ceo", patch: { title: "Second" } }], { clientId: "client-two", seq: 1, baseVersion: 0 });
    expect(late.version).toBe(2);
    // The answer carries what the late writer missed, so it can catch up from the answer alone.
    expect(late.changes?.map((c) => [c.version, c.clientId, c.actor.name])).toEqual([[1, "client-one", "Owner"]]);
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.nodes[0]).toMatchObject({ title: "Second", person: "Anna" });
  });

  it("refuses only the op that would create a cycle, saying why, and applies the rest", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const answer = await edit(id, [
      { type: "updateNode", id: "ceo", patch: { title: "Changed" } },
      { type: "addEdge", edge: { id: "it->ceo", source: "it", target: "ceo", kind: "reports-to" } },
    ]);
    expect(answer.results[0]).toEqual({ status: "applied" });
    expect(answer.results[1]).toMatchObject({ status: "refused", reason: { code: "structure", structure: { code: "cycle" } } });
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.nodes[0]!.title).toBe("Changed");
    expect(chart.edges.map((e) => e.id)).not.toContain("it->ceo");
    const log = await t.db.chartChange.findMany({ where: { chartId: id } });
    expect(JSON.parse(log[0]!.ops)).toEqual([{ type: "updateNode", id: "ceo", patch: { title: "Changed" } }]);
  });

  it("a batch sent again gets its first answer and is not applied twice", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const batch = { clientId: "client-one", seq: 7, baseVersion: 0 };
    const first = await edit(id, [{ type: "addResponsibility", nodeId: "ceo", responsibility: { id: "new", text: "Budget" } }], batch);
    await edit(id, [{ type: "updateNode", id: "ceo", patch: { title: "Other" } }], { clientId: "client-two", seq: 1, baseVersion: 1 });
    const again = await edit(id, [{ type: "addResponsibility", nodeId: "ceo", responsibility: { id: "new", text: "Budget" } }], batch);
    expect(again.version).toBe(first.version);
    expect(again.results).toEqual(first.results);
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.version).toBe(2);
    expect(chart.nodes[0]!.responsibilities).toEqual([{ id: "new", text: "Budget" }]);
    expect(await t.db.chartChange.count({ where: { chartId: id } })).toBe(2);
  });

  it("two concurrent writers on the same version: both apply, one after the other", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const results = await Promise.all([
      edit(id, [{ type: "updateNode", id: "ceo", patch: { title: "A" } }], { clientId: "client-a", seq: 1, baseVersion: 0 }),
      edit(id, [{ type: "updateNode", id: "it", patch: { title: "B" } }], { clientId: "client-b", seq: 1, baseVersion: 0 }),
    ]);
    expect(results.map((r) => r.version).sort()).toEqual([1, 2]);
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.version).toBe(2);
    expect([chart.nodes[0]!.title, chart.nodes[2]!.title]).toEqual(["A", "B"]);
  });

  it("a burst of concurrent batches commits as if one after another: each its own version and log row, a retry in the burst applied once", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const batches: { ops: ChartOp[]; clientId: string }[] = Array.from({ length: 12 }, (_, i) => ({
      ops: [{ type: "updateNode", id: i % 2 === 0 ? "it" : "ceo", patch: { title: `Title ${i}` } }],
      clientId: `client-${i}`,
    }));
    batches.push({ ops: [{ type: "addEdge", edge: { id: "it->ceo", source: "it", target: "ceo", kind: "reports-to" } }], clientId: "cycler" });
    // The retry of client 3's batch races its first try.
    batches.push(batches[3]!);
    const answers = await Promise.all(batches.map((b) => edit(id, b.ops, { clientId: b.clientId, seq: 1, baseVersion: 0 })));

    expect(answers[13]).toEqual(answers[3]);
    const versions = answers.slice(0, 13).map((a) => a.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(answers[12]!.results[0]).toMatchObject({ status: "refused" });
    // Each answer brings exactly the changes committed before it, whichever transaction they were in.
    for (const answer of answers.slice(0, 13)) expect(answer.changes?.map((c) => c.version)).toEqual(Array.from({ length: answer.version - 1 }, (_, i) => i + 1));

    const log = await t.db.chartChange.findMany({ where: { chartId: id }, orderBy: { version: "asc" } });
    expect(log.map((row) => row.version)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(log.map((row) => row.clientId).sort()).toEqual(batches.slice(0, 13).map((b) => b.clientId).sort());
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.version).toBe(13);
    // The stored chart is the log replayed in version order: the last writer of each field won.
    const lastTitle = (nodeId: string) => {
      const writes = batches.slice(0, 12).map((b, i) => ({ b, version: versions[i]! })).filter(({ b }) => b.ops[0]!.type === "updateNode" && b.ops[0]!.id === nodeId);
      const last = writes.sort((x, y) => y.version - x.version)[0]!.b.ops[0]!;
      return last.type === "updateNode" ? last.patch.title : undefined;
    };
    expect(chart.nodes.find((n) => n.id === "ceo")!.title).toBe(lastTitle("ceo"));
    expect(chart.nodes.find((n) => n.id === "it")!.title).toBe(lastTitle("it"));
    expect(chart.edges.map((e) => e.id)).toEqual(["ceo->cio", "cio->it"]);
  });

  it("renames, duplicates (independently) and deletes charts", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    await renameChart(t.db, owner, id, "Renamed");
    const copy = await duplicateChart(t.db, owner, id, "Copy");
    await edit(copy.id, [{ type: "removeNode", id: "it" }]);
    const original = await getChart(t.db, owner, id);
    expect(original.chart.name).toBe("Renamed");
    expect(original.chart.nodes).toHaveLength(3);
    expect((await getChart(t.db, owner, copy.id)).chart.nodes).toHaveLength(2);
    await deleteChart(t.db, owner, id);
    await expect(getChart(t.db, owner, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(edit(id, [{ type: "renameChart", name: "Ghost" }])).rejects.toMatchObject({ code: "not-found" });
  });

  it("a deleted chart waits in the trash: restorable as it was for 30 days, then purged", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    await deleteChart(t.db, owner, id);
    const listed = (await listMyOrganizations(t.db, owner)).find((org) => org.id === orgId)!;
    expect(listed.charts.map((c) => c.id)).not.toContain(id);
    expect(listed.deletedCharts.map((c) => c.id)).toContain(id);
    await restoreChart(t.db, owner, id);
    expect((await getChart(t.db, owner, id)).chart.nodes.map((n) => n.id)).toEqual(sample.nodes.map((n) => n.id));
    // Restoring a chart that is not in the trash finds nothing to restore.
    await expect(restoreChart(t.db, owner, id)).rejects.toMatchObject({ code: "not-found" });

    // Deleted 31 days ago: gone from the trash, and purged by the next deletion in the organisation.
    await deleteChart(t.db, owner, id);
    await t.db.chart.update({ where: { id }, data: { deletedAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) } });
    expect((await listMyOrganizations(t.db, owner)).find((org) => org.id === orgId)!.deletedCharts.map((c) => c.id)).not.toContain(id);
    await expect(restoreChart(t.db, owner, id)).rejects.toMatchObject({ code: "not-found" });
    const other = await createChart(t.db, owner, orgId, sample);
    await deleteChart(t.db, owner, other.id);
    expect(await t.db.chart.count({ where: { id } })).toBe(0);
    expect(await t.db.chartNode.count({ where: { chartId: id } })).toBe(0);
  });

  it("undoing a delete (the inverse batch, as the browser sends it) restores the chart exactly, order included", async () => {
    const { id } = await createChart(t.db, owner, orgId, sample);
    const before = (await getChart(t.db, owner, id)).chart;
    const ops = removeNodesGesture(before, ["cio"], "reattach");
    const undo = opsBatchSchema.parse({ clientId: "client-one", seq: 2, baseVersion: 1, ops: invertOps(before, ops) });
    expect((await edit(id, ops)).results).toEqual(allApplied(ops.length));
    expect((await getChart(t.db, owner, id)).chart.edges.map((e) => [e.source, e.target])).toEqual([["ceo", "it"]]);
    expect((await edit(id, undo.ops, undo)).results).toEqual(allApplied(undo.ops.length));
    const restored = (await getChart(t.db, owner, id)).chart;
    expect({ name: restored.name, nodes: restored.nodes, edges: restored.edges }).toEqual(sample);
  });

  it("creates a 10,000-node chart with 3 responsibilities each, then saves moving every node at once (auto-layout)", async () => {
    const nodes: Chart["nodes"] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`, title: `Role ${i}`, person: null, role: null, kind: "role" as const, position: null, collapsed: false,
      responsibilities: [0, 1, 2].map((k) => ({ id: `n${i}#${k}`, text: `Responsibility ${k} of ${i}` })),
    }));
    const edges: Chart["edges"] = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${Math.floor(i / 8)}`, target: n.id, kind: "reports-to" as const }));
    const { id } = await createChart(t.db, owner, orgId, { name: "Huge", nodes, edges });
    const moves = nodes.map((n, i) => ({ id: n.id, position: { x: i * 3.5, y: (i % 97) * 2 } }));
    expect(await edit(id, [{ type: "moveNodes", moves }])).toEqual({ version: 1, results: allApplied(1) });
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.nodes[9_999]!.position).toEqual({ x: 9_999 * 3.5, y: (9_999 % 97) * 2 });
    expect(chart.nodes[0]!.responsibilities).toHaveLength(3);
  }, 120_000);

  it("stores a 2,000-node chart", async () => {
    const nodes: Chart["nodes"] = Array.from({ length: 2000 }, (_, i) => ({
      id: `n${i}`, title: `Role ${i}`, person: null, role: null, kind: "role" as const, position: null, collapsed: false,
      responsibilities: [{ id: `n${i}#0`, text: "Run IT operations" }],
    }));
    const edges: Chart["edges"] = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${Math.floor(i / 5)}`, target: n.id, kind: "reports-to" as const }));
    const { id } = await createChart(t.db, owner, orgId, { name: "Big", nodes, edges });
    const { chart } = await getChart(t.db, owner, id);
    expect(chart.nodes).toHaveLength(2000);
    expect(chart.edges).toHaveLength(1999);
  });
});
