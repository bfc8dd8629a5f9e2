import { expect, test, type Browser, type Page } from "@playwright/test";
import { createEmptyChart, signUpWithOrganization } from "./helpers";
import { card, expectSaved, storedChart } from "./canvas-helpers";

/**
 * A workshop: two people signed in as two users in two browser contexts, on one chart. Every
 * edit reaches the other screen within a second over the live stream; edits of different fields
 * of one card at the same moment both stay; a viewer watches live and cannot edit.
 */

async function invite(owner: Page, orgName: string, role: "editor" | "viewer"): Promise<string> {
  await owner.goto("/dashboard");
  await owner.getByTestId("organization").filter({ has: owner.getByRole("heading", { name: orgName }) }).getByRole("link", { name: /Members/ }).click();
  await owner.getByTestId("invite-role").selectOption(role);
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  return owner.getByTestId("invite-link").inputValue();
}

async function joinAs(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpWithOrganization(page, `${name}'s own org`, name);
  await page.goto(link);
  await page.getByTestId("accept-invite").click();
  await expect(page).toHaveURL(/\/dashboard/);
  return page;
}

async function addCard(page: Page, title: string): Promise<void> {
  await page.getByTestId("add-node").click();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await page.keyboard.type(title);
  await expect(card(page, title)).toBeVisible();
}

test("two editors: each sees the other's edit within a second, and simultaneous edits of one card both stay", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpWithOrganization(page, "Workshop S.p.A.", "Facilitator");
  const link = await invite(page, "Workshop S.p.A.", "editor");
  const chartId = await createEmptyChart(page, "Workshop S.p.A.", "Workshop");
  await addCard(page, "CEO");
  await expectSaved(page);

  const colleague = await joinAs(browser, link, "Colleague");
  await colleague.goto(`/charts/${chartId}`);
  await expect(card(colleague, "CEO")).toBeVisible();

  // One edits; the other sees it (the stream is already open, so well within a second).
  await card(page, "CEO").click();
  await page.getByTestId("inspector-person").fill("Giulia Neri");
  const sentAt = Date.now();
  await expect(card(colleague, "CEO").getByTestId("node-person")).toHaveText("Giulia Neri", { timeout: 1000 });
  expect(Date.now() - sentAt).toBeLessThan(1000);

  // Both edit different fields of the same card at the same moment.
  await card(colleague, "CEO").click();
  await Promise.all([
    page.getByTestId("inspector-person").fill("Anna Russo"),
    colleague.getByTestId("inspector-title").fill("Chief Executive"),
  ]);
  for (const screen of [page, colleague]) {
    await expect(card(screen, "Chief Executive").getByTestId("node-person")).toHaveText("Anna Russo");
    await expectSaved(screen);
  }
  const stored = await storedChart(page, chartId);
  expect(stored.nodes.map((n) => [n.title, n.person])).toEqual([["Chief Executive", "Anna Russo"]]);

  // A card added on one screen appears on the other.
  await addCard(colleague, "CFO");
  await expect(card(page, "CFO")).toBeVisible({ timeout: 2000 });
  await page.screenshot({ path: "test-results/live-sync-two-editors.png" });
  await colleague.context().close();
});

test("a viewer watches live and cannot edit", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpWithOrganization(page, "Proiettore S.r.l.", "Owner");
  const link = await invite(page, "Proiettore S.r.l.", "viewer");
  const chartId = await createEmptyChart(page, "Proiettore S.r.l.", "Live");
  await addCard(page, "CEO");
  await expectSaved(page);

  const viewer = await joinAs(browser, link, "Viewer");
  await viewer.goto(`/charts/${chartId}`);
  await expect(viewer.getByText("Read only")).toBeVisible();
  await expect(viewer.getByTestId("add-node")).toHaveCount(0);

  await card(page, "CEO").click();
  await page.getByTestId("inspector-title").fill("Amministratore");
  await expect(card(viewer, "Amministratore")).toBeVisible({ timeout: 1000 });

  await card(viewer, "Amministratore").click();
  await expect(viewer.getByTestId("inspector-title")).toHaveAttribute("readonly", "");
  // The server refuses a viewer's write whatever the page does.
  const write = await viewer.request.post(`/api/charts/${chartId}/ops`, {
    data: { clientId: "viewer-tab-1", seq: 1, baseVersion: 0, ops: [{ type: "renameChart", name: "Hijacked" }] },
  });
  expect(write.status()).toBe(403);
  await viewer.context().close();
});

test("edits made while the server cannot be reached survive a reload and are sent afterwards", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpWithOrganization(page, "Offline S.r.l.", "Owner");
  const chartId = await createEmptyChart(page, "Offline S.r.l.", "Senza rete");
  await addCard(page, "CEO");
  await expectSaved(page);

  // No save gets through; the edit waits in the queue (and in IndexedDB).
  await page.route("**/api/charts/*/ops", (route) => route.abort("internetdisconnected"));
  await card(page, "CEO").click();
  await page.getByTestId("inspector-person").fill("Paola Conti");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "offline");

  // The tab reloads (or crashes) before anything was saved: the new page still has the edit.
  await page.reload();
  await expect(card(page, "CEO").getByTestId("node-person")).toHaveText("Paola Conti");
  expect((await storedChart(page, chartId)).nodes[0]?.person).toBeNull();

  // The connection is back: the kept edit is saved, once.
  await page.unroute("**/api/charts/*/ops");
  await page.getByTestId("save-retry").click({ timeout: 3_000 }).catch(() => undefined);
  await expectSaved(page);
  expect((await storedChart(page, chartId)).nodes.map((n) => n.person)).toEqual(["Paola Conti"]);
  await page.reload();
  await expect(card(page, "CEO").getByTestId("node-person")).toHaveText("Paola Conti");
});
