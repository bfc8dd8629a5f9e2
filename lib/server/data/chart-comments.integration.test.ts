import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { refusalCode as refusal } from "../testing/refusal-code";
import { addComment, deleteComment, editComment, listCommentThreads, setThreadResolved } from "./chart-comments";
import { onChartSignal, type ChartSignal } from "./chart-signals";
import { createChart, deleteChart } from "./charts";
import { exportOrganization } from "./export-organization";
import { createOrganization } from "./organizations";
import { createUser, deleteAccount } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let editor: { userId: string };
let viewer: { userId: string };
let stranger: { userId: string };
let orgId: string;
let chartId: string;
const ceo = { kind: "node" as const, nodeId: "ceo" };
const overlap = { kind: "finding" as const, finding: { rule: "overlap" as const, duty: "cio.technology-vendors" as const, nodes: ["cto", "cio"] } };

async function user(key: string, name: string) {
  return { userId: (await createUser(t.db, { email: `${key}@example.test`, name, password: "long enough password" })).id };
}


beforeAll(async () => {
  t = await createTestDatabase();
  owner = await user("owner", "Olga Owner");
  editor = await user("editor", "Eddy Editor");
  viewer = await user("viewer", "Vera Viewer");
  stranger = await user("stranger", "Stan Stranger");
  orgId = (await createOrganization(t.db, owner, "Org")).id;
  await createOrganization(t.db, stranger, "Elsewhere");
  await t.db.membership.create({ data: { orgId, userId: editor.userId, role: "editor" } });
  await t.db.membership.create({ data: { orgId, userId: viewer.userId, role: "viewer" } });
  chartId = (await createChart(t.db, owner, orgId, { name: "C", nodes: [], edges: [] })).id;
});
afterAll(async () => t?.drop());

describe("comment threads in the database", () => {
  it("one thread per card and per finding; a viewer may comment; comments keep their order, author and time", async () => {
    await addComment(t.db, viewer, chartId, ceo, "Who signs the budget?");
    await addComment(t.db, editor, chartId, ceo, "The CFO, for now.");
    // The same finding with its nodes in another order is the same thread.
    await addComment(t.db, owner, chartId, { kind: "finding", finding: { ...overlap.finding, nodes: ["cio", "cto"] } }, "Vendors stay with the CTO until Q3");
    const threads = await addComment(t.db, viewer, chartId, overlap, "Agreed");
    expect(threads.map((thread) => [thread.target, thread.comments.map((c) => [c.author, c.body])])).toEqual([
      [ceo, [["Vera Viewer", "Who signs the budget?"], ["Eddy Editor", "The CFO, for now."]]],
      [{ kind: "finding", finding: { ...overlap.finding, nodes: ["cio", "cto"] } }, [["Olga Owner", "Vendors stay with the CTO until Q3"], ["Vera Viewer", "Agreed"]]],
    ]);
    expect(threads[0]!.comments[0]).toMatchObject({ authorId: viewer.userId, editedAt: null, at: expect.any(String) as string });
  });

  it("only the author edits a comment, which is then marked as edited", async () => {
    const [thread] = await listCommentThreads(t.db, viewer, chartId);
    const mine = thread!.comments[0]!;
    const before = await t.snapshot();
    expect(await refusal(editComment(t.db, editor, chartId, mine.id, "Rewritten by someone else"))).toBe("forbidden");
    expect(await refusal(editComment(t.db, owner, chartId, mine.id, "Rewritten by the owner"))).toBe("forbidden");
    expect(await t.snapshot()).toBe(before);
    const after = await editComment(t.db, viewer, chartId, mine.id, "Who signs the IT budget?");
    expect(after[0]!.comments[0]).toMatchObject({ body: "Who signs the IT budget?", editedAt: expect.any(String) as string });
  });

  it("the author or an owner deletes a comment, an editor cannot delete someone else's; an emptied thread goes", async () => {
    const created = await addComment(t.db, editor, chartId, { kind: "node", nodeId: "cio" }, "Temporary");
    const thread = created.find((entry) => entry.target.kind === "node" && entry.target.nodeId === "cio")!;
    const comment = thread.comments[0]!;
    const before = await t.snapshot();
    expect(await refusal(deleteComment(t.db, viewer, chartId, comment.id))).toBe("forbidden");
    expect(await t.snapshot()).toBe(before);
    await addComment(t.db, viewer, chartId, { kind: "node", nodeId: "cio" }, "Mine");
    const withTwo = await listCommentThreads(t.db, owner, chartId);
    const viewers = withTwo.find((entry) => entry.id === thread.id)!.comments[1]!;
    expect(await refusal(deleteComment(t.db, editor, chartId, viewers.id))).toBe("forbidden");
    // The owner moderates; the author deletes their own; then the thread is gone.
    await deleteComment(t.db, owner, chartId, viewers.id);
    const left = await deleteComment(t.db, editor, chartId, comment.id);
    expect(left.some((entry) => entry.id === thread.id)).toBe(false);
    expect(await t.db.commentThread.count({ where: { id: thread.id } })).toBe(0);
  });

  it("resolve and reopen a thread, by anyone who may comment; a new comment reopens it", async () => {
    const [thread] = await listCommentThreads(t.db, owner, chartId);
    const resolved = await setThreadResolved(t.db, viewer, chartId, thread!.id, true);
    expect(resolved[0]!.resolved).toEqual({ by: "Vera Viewer", at: expect.any(String) as string });
    expect((await setThreadResolved(t.db, editor, chartId, thread!.id, false))[0]!.resolved).toBeNull();
    await setThreadResolved(t.db, editor, chartId, thread!.id, true);
    expect((await addComment(t.db, owner, chartId, ceo, "One more thing"))[0]!.resolved).toBeNull();
  });

  it("a stranger learns nothing and changes nothing; ids of another chart are 'not found'", async () => {
    const [thread] = await listCommentThreads(t.db, owner, chartId);
    const otherChart = (await createChart(t.db, owner, orgId, { name: "Other", nodes: [], edges: [] })).id;
    const before = await t.snapshot();
    expect(await refusal(listCommentThreads(t.db, stranger, chartId))).toBe("not-found");
    expect(await refusal(addComment(t.db, stranger, chartId, ceo, "Hello"))).toBe("not-found");
    expect(await refusal(editComment(t.db, owner, otherChart, thread!.comments[0]!.id, "Moved"))).toBe("not-found");
    expect(await refusal(deleteComment(t.db, owner, otherChart, thread!.comments[0]!.id))).toBe("not-found");
    expect(await refusal(setThreadResolved(t.db, owner, otherChart, thread!.id, true))).toBe("not-found");
    expect(await t.snapshot()).toBe(before);
  });

  it("every change is announced to the live streams after it committed, and a refusal announces nothing", async () => {
    const heard: [string, ChartSignal][] = [];
    const stop = onChartSignal((chart, signal) => heard.push([chart, signal]));
    try {
      const threads = await addComment(t.db, viewer, chartId, ceo, "Live?");
      expect(heard).toEqual([[chartId, { kind: "comments" }]]);
      await refusal(editComment(t.db, editor, chartId, threads[0]!.comments.at(-1)!.id, "No"));
      expect(heard).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it("a deleted author's comments stay, with their name, and nobody can edit them", async () => {
    const leaving = await user("leaving", "Lea Leaving");
    await t.db.membership.create({ data: { orgId, userId: leaving.userId, role: "viewer" } });
    await addComment(t.db, leaving, chartId, { kind: "node", nodeId: "cto" }, "Bye");
    await deleteAccount(t.db, leaving, "long enough password");
    const thread = (await listCommentThreads(t.db, owner, chartId)).find((entry) => entry.target.kind === "node" && entry.target.nodeId === "cto")!;
    expect(thread.comments[0]).toMatchObject({ author: "Lea Leaving", authorId: null, body: "Bye" });
  });

  it("are in the owner's archive, resolved ones too, and go with the chart when it is purged", async () => {
    const archive = await exportOrganization(t.db, owner, orgId);
    const entry = archive.charts.find((chart) => chart.id === chartId)!;
    expect(entry.comments.length).toBeGreaterThanOrEqual(2);
    expect(entry.comments[0]!.comments.map((comment) => comment.body)).toContain("Who signs the IT budget?");
    await deleteChart(t.db, owner, chartId);
    expect(await refusal(listCommentThreads(t.db, owner, chartId))).toBe("not-found");
    await t.db.chart.delete({ where: { id: chartId } });
    expect(await t.db.comment.count({ where: { chartId } })).toBe(0);
  });
});
