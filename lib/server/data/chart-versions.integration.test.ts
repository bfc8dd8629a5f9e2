import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceChartOps } from "../../io/replace-chart-ops";
import { compareCharts } from "../../org/compare-charts";
import type { Chart } from "../../org/types";
import { analyzeChart, compareFindings } from "../../rules";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { refusalCode } from "../testing/refusal-code";
import { applyChartBatch } from "./apply-chart-batch";
import { listChartVersions, MAX_VERSIONS_PER_CHART, readChartVersion, saveChartVersion } from "./chart-versions";
import { createChart, getChart } from "./charts";
import { createOrganization } from "./organizations";
import { createUser } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let viewer: { userId: string };
let orgId: string;

const node = (id: string, title: string) => ({ id, title, person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] });
const asIs = {
  name: "Ferri",
  nodes: [node("ceo", "CEO"), { ...node("cto", "CTO"), responsibilities: [{ id: "r1", text: "Gestire le operazioni IT" }] }],
  edges: [{ id: "e1", source: "ceo", target: "cto", kind: "reports-to" as const }],
};
/** What a version keeps: orgchart/v1 names cards by id but not lines or responsibilities. */
const content = (chart: Chart) => ({
  nodes: chart.nodes.map(({ responsibilities, ...rest }) => ({ ...rest, responsibilities: responsibilities.map((r) => r.text) })),
  edges: chart.edges.map(({ source, target }) => [source, target]),
});

beforeAll(async () => {
  t = await createTestDatabase();
  owner = { userId: (await createUser(t.db, { email: "o@example.test", name: "Olga", password: "long enough password" })).id };
  viewer = { userId: (await createUser(t.db, { email: "v@example.test", name: "Vera", password: "long enough password" })).id };
  orgId = (await createOrganization(t.db, owner, "Org")).id;
  await t.db.membership.create({ data: { orgId, userId: viewer.userId, role: "viewer" } });
});
afterAll(async () => t?.drop());

describe("named versions in the database", () => {
  it("save, edit, compare (changes and the findings that appeared and disappeared), restore as an ordinary edit", async () => {
    const { id } = await createChart(t.db, owner, orgId, asIs);
    const saved = await saveChartVersion(t.db, owner, id, "as-is");
    expect(saved).toMatchObject({ name: "as-is", version: 0, createdBy: "Olga" });

    // After the workshop: a CIO takes IT operations.
    await applyChartBatch(t.db, owner, id, {
      ops: [
        { type: "addNode", node: { ...node("cio", "CIO"), responsibilities: [{ id: "r2", text: "Gestire le operazioni IT" }] } },
        { type: "addEdge", edge: { id: "e2", source: "ceo", target: "cio", kind: "reports-to" } },
        { type: "removeResponsibility", nodeId: "cto", id: "r1" },
      ],
    });
    await saveChartVersion(t.db, owner, id, "after workshop 1");
    // Anyone who may read lists them, newest first, and reads one.
    expect((await listChartVersions(t.db, viewer, id)).map((v) => [v.name, v.version])).toEqual([["after workshop 1", 1], ["as-is", 0]]);
    const { chart: before } = await readChartVersion(t.db, viewer, id, saved.id);
    expect(content(before)).toEqual(content(asIs));

    const { chart: now } = await getChart(t.db, owner, id);
    expect(compareCharts(before, now).map((change) => change.type)).toEqual(expect.arrayContaining(["node-added", "responsibility-removed"]));
    const { appeared, disappeared } = compareFindings(analyzeChart(before, { lang: "en" }), analyzeChart(now, { lang: "en" }));
    expect(disappeared.map((f) => [f.rule, f.role ?? f.duty])).toEqual(expect.arrayContaining([["missing-role", "CIO"]]));
    expect(appeared.map((f) => f.rule)).not.toContain("missing-role");

    // Restore: one edit through the ops path, so it is logged, live and undoable like any other.
    const restored = await applyChartBatch(t.db, owner, id, { ops: replaceChartOps(now, before) });
    expect(restored.results.every((result) => result.status === "applied")).toBe(true);
    expect(content((await getChart(t.db, owner, id)).chart)).toEqual(content(asIs));
    expect(await t.db.chartChange.count({ where: { chartId: id } })).toBe(2);
  });

  it("a viewer may not save one; a version is read only through its own chart; at most MAX_VERSIONS_PER_CHART", async () => {
    const { id } = await createChart(t.db, owner, orgId, asIs);
    const { id: other } = await createChart(t.db, owner, orgId, { ...asIs, name: "Other" });
    const saved = await saveChartVersion(t.db, owner, id, "as-is");
    const before = await t.snapshot();
    expect(await refusalCode(saveChartVersion(t.db, viewer, id, "viewer's"))).toBe("forbidden");
    expect(await refusalCode(readChartVersion(t.db, owner, other, saved.id))).toBe("not-found");
    expect(await t.snapshot()).toBe(before);
    await t.db.chartVersion.createMany({ data: Array.from({ length: MAX_VERSIONS_PER_CHART - 1 }, (_, i) => ({ chartId: id, name: `v${i}`, version: 0, content: "{}" })) });
    expect(await refusalCode(saveChartVersion(t.db, owner, id, "one too many"))).toBe("invalid");
  });
});
