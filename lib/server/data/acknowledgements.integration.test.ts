import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { acknowledgeFinding, listAcknowledgements, reopenFinding } from "./acknowledgements";
import { createChart, duplicateChart, getChart } from "./charts";
import { importChart } from "./import-chart";
import { serializeOrgchart } from "../../io/serialize-orgchart";
import { createOrganization } from "./organizations";
import { createUser } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let chartId: string;
let orgId: string;
const overlap = { rule: "overlap" as const, duty: "cio.technology-vendors" as const, nodes: ["cto", "cio"] };

beforeAll(async () => {
  t = await createTestDatabase();
  const user = await createUser(t.db, { email: "ack@example.test", name: "Anna Rossi", password: "long enough password" });
  owner = { userId: user.id };
  const org = await createOrganization(t.db, owner, "Org");
  orgId = org.id;
  chartId = (await createChart(t.db, owner, org.id, { name: "C", nodes: [], edges: [] })).id;
});
afterAll(async () => t?.drop());

describe("acknowledgements in the database", () => {
  it("stores who, when and why; acknowledging again replaces the reason; reopening removes it", async () => {
    const first = await acknowledgeFinding(t.db, owner, chartId, overlap, "Until Q3");
    expect(first).toEqual([{ rule: "overlap", duty: "cio.technology-vendors", nodes: ["cio", "cto"], reason: "Until Q3", by: "Anna Rossi", at: expect.any(String) as string }]);
    await acknowledgeFinding(t.db, owner, chartId, { ...overlap, nodes: ["cio", "cto"] }, "Until Q4");
    expect((await listAcknowledgements(t.db, owner, chartId)).map((entry) => entry.reason)).toEqual(["Until Q4"]);
    expect(await reopenFinding(t.db, owner, chartId, overlap)).toEqual([]);
  });

  it("travel with a copy of the chart", async () => {
    await acknowledgeFinding(t.db, owner, chartId, overlap, "Until Q3");
    const copy = await duplicateChart(t.db, owner, chartId, "Copy");
    expect(await listAcknowledgements(t.db, owner, copy.id)).toMatchObject([{ reason: "Until Q3", by: "Anna Rossi" }]);
  });

  it("travel in orgchart/v1: an imported file brings them, and the chart exports them again", async () => {
    const acknowledgements = await listAcknowledgements(t.db, owner, chartId);
    const { chart } = await getChart(t.db, owner, chartId);
    const bytes = new TextEncoder().encode(JSON.stringify(serializeOrgchart(chart, acknowledgements)));
    const imported = await importChart(t.db, owner, orgId, { bytes, fileName: "c.json", options: {} });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(await listAcknowledgements(t.db, owner, imported.id)).toEqual(acknowledgements);
  });
});
