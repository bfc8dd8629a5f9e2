import { expect, test } from "@playwright/test";
import { createEmptyChart, signUpWithOrganization } from "./helpers";
import { card, expectSaved, storedChart } from "./canvas-helpers";
import { addCard, commentsFlow, presenceAndFollowFlow, presentationFlow, twoEditorsFlow, viewerFlow } from "./live-sync-flows";

/**
 * A workshop on one app instance: two people signed in as two users in two browser contexts, on
 * one chart (the flows live in live-sync-flows.ts; live-sync-postgres.spec.ts runs them across two
 * instances on PostgreSQL), and edits made offline that survive a reload.
 */

test("two editors: each sees the other's edit within a second, and simultaneous edits of one card both stay", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await twoEditorsFlow(page, browser);
});

test("a viewer watches live and cannot edit", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await viewerFlow(page, browser);
});

test("presence: each sees the other, their selection and pointer; follow and 'bring everyone here' move the view", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await presenceAndFollowFlow(page, browser);
});

test("presentation: the facilitator steps through the findings on a 1280×720 projector; followers see each one, can look around and rejoin", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await presentationFlow(page, browser);
});

test("comments: a viewer and the facilitator discuss a card and a finding live; edit own, resolve, reopen, moderate", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await commentsFlow(page, browser);
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

test("when colleagues' changes cannot arrive, the chart says so after a few seconds, and stops saying it once they can", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpWithOrganization(page, "Diretta S.r.l.", "Owner");
  await createEmptyChart(page, "Diretta S.r.l.", "Proiettore");
  await addCard(page, "CEO");
  await expectSaved(page);
  await expect(page.getByTestId("live-paused")).toHaveCount(0);

  // The chart's live stream is refused (a proxy or a server in trouble); saving still works.
  const EVENTS = "**/api/charts/*/events*";
  await page.route(EVENTS, (route) => route.fulfill({ status: 503, body: "" }));
  await page.reload();
  await expect(card(page, "CEO")).toBeVisible();
  // Not at once: a quick reconnect must not flicker.
  await page.waitForTimeout(2_000);
  await expect(page.getByTestId("live-paused")).toHaveCount(0);
  await expect(page.getByTestId("live-paused")).toHaveText("Live updates paused – reconnecting…", { timeout: 15_000 });
  await page.screenshot({ path: test.info().outputPath("live-paused.png") });
  await page.getByTestId("language-switcher").selectOption("it");
  await expect(page.getByTestId("live-paused")).toHaveText("Aggiornamenti in diretta sospesi – riconnessione…", { timeout: 15_000 });
  await page.screenshot({ path: test.info().outputPath("live-paused-it.png") });
  await card(page, "CEO").click();
  await page.getByTestId("inspector-person").fill("Paola Conti");
  await expectSaved(page);

  // The stream gets through again: the notice goes by itself.
  await page.unroute(EVENTS);
  await expect(page.getByTestId("live-paused")).toHaveCount(0, { timeout: 20_000 });
});
