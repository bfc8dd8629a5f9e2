import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { refusalCode } from "../testing/refusal-code";
import { requireChartAccess, requireSessionChartAccess } from "./access";
import { createChart, deleteChart } from "./charts";
import { createOrganization } from "./organizations";
import { createUser, revokeAllSessions } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let viewer: { userId: string };
let stranger: { userId: string };
let chartId: string;

const session = (actor: { userId: string }, sessionVersion = 0) => ({ userId: actor.userId, sessionVersion });

beforeAll(async () => {
  t = await createTestDatabase();
  owner = { userId: (await createUser(t.db, { email: "o@example.test", name: "Olga", password: "long enough password" })).id };
  viewer = { userId: (await createUser(t.db, { email: "v@example.test", name: "Vera", password: "long enough password" })).id };
  stranger = { userId: (await createUser(t.db, { email: "s@example.test", name: "Sam", password: "long enough password" })).id };
  const orgId = (await createOrganization(t.db, owner, "Org")).id;
  await t.db.membership.create({ data: { orgId, userId: viewer.userId, role: "viewer" } });
  chartId = (await createChart(t.db, owner, orgId, { name: "Live", nodes: [], edges: [] })).id;
});
afterAll(async () => t?.drop());

describe("the live routes' session and access check in one statement", () => {
  it("grants what requireChartAccess grants, with the user's current name", async () => {
    const { user, access } = await requireSessionChartAccess(t.db, session(owner), chartId, "chart.edit");
    expect(user).toMatchObject({ userId: owner.userId, name: "Olga", email: "o@example.test" });
    expect(access).toEqual(await requireChartAccess(t.db, owner, chartId, "chart.edit"));
    expect(access).toMatchObject({ chartId, action: "chart.edit", role: "owner" });
  });

  it("refuses as requireChartAccess does: a viewer's edit, a stranger, an unknown chart", async () => {
    expect(await refusalCode(requireSessionChartAccess(t.db, session(viewer), chartId, "chart.edit"))).toBe("forbidden");
    expect(await refusalCode(requireSessionChartAccess(t.db, session(viewer), chartId, "chart.read"))).toBe("accepted");
    expect(await refusalCode(requireSessionChartAccess(t.db, session(stranger), chartId, "chart.read"))).toBe("not-found");
    expect(await refusalCode(requireSessionChartAccess(t.db, session(owner), "c-does-not-exist", "chart.read"))).toBe("not-found");
  });

  it("a session from before 'sign out everywhere', or of a deleted user, is unauthenticated", async () => {
    const leaving = { userId: (await createUser(t.db, { email: "l@example.test", name: "Lia", password: "long enough password" })).id };
    expect(await refusalCode(requireSessionChartAccess(t.db, session(leaving), chartId, "chart.read"))).toBe("not-found");
    await revokeAllSessions(t.db, leaving);
    expect(await refusalCode(requireSessionChartAccess(t.db, session(leaving, 0), chartId, "chart.read"))).toBe("unauthenticated");
    expect(await refusalCode(requireSessionChartAccess(t.db, session(leaving, 1), chartId, "chart.read"))).toBe("not-found");
    expect(await refusalCode(requireSessionChartAccess(t.db, { userId: "u-gone", sessionVersion: 0 }, chartId, "chart.read"))).toBe("unauthenticated");
  });

  it("a chart in the trash is not found", async () => {
    const orgId = (await t.db.chart.findUniqueOrThrow({ where: { id: chartId }, select: { orgId: true } })).orgId;
    const doomed = (await createChart(t.db, owner, orgId, { name: "Doomed", nodes: [], edges: [] })).id;
    await deleteChart(t.db, owner, doomed);
    expect(await refusalCode(requireSessionChartAccess(t.db, session(owner), doomed, "chart.read"))).toBe("not-found");
  });
});
