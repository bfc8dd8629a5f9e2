import { expect, test, type Page } from "@playwright/test";
import { createEmptyChart, signIn, signUpWithOrganization } from "./helpers";
import { card, expectSaved, storedChart } from "./canvas-helpers";

/**
 * The save session under real failures, end to end: the server failing, the session revoked, the
 * chart deleted by a colleague. Whatever happens, no edit is silently lost: it is either saved
 * once the problem is gone, or the user is told clearly that it could not be.
 */

const OPS = "**/api/charts/*/ops";

/** Adds a card from the toolbar and types its title (the new card's title field has the focus). */
async function addCard(page: Page, title: string): Promise<void> {
  await page.getByTestId("add-node").click();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await page.keyboard.type(title);
  await expect(card(page, title)).toBeVisible();
}

function status(page: Page) {
  return page.getByTestId("save-status");
}

test("server errors: saving retries, stalls with Retry, keeps every edit, and saves them once the server is back", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpWithOrganization(page, "Errori S.p.A.");
  const chartId = await createEmptyChart(page, "Errori S.p.A.", "Server instabile");
  await addCard(page, "CEO");
  await expectSaved(page);

  // The server fails every save for a while.
  let failed = 0;
  await page.route(OPS, async (route) => {
    failed++;
    await route.fulfill({ status: 500, contentType: "application/json", body: JSON.stringify({ error: { code: "internal", message: "boom" } }) });
  });

  await addCard(page, "Head of Sales");
  // First the automatic retries with backoff...
  await expect(status(page)).toHaveAttribute("data-status", "offline");
  await expect(status(page)).toHaveText("Offline – retrying");
  // ...then, after 5 failed attempts (1+2+4+8 s of backoff), saving stops and asks.
  await expect(status(page)).toHaveAttribute("data-status", "stalled", { timeout: 40_000 });
  await expect(status(page)).toHaveText("Not saved – retry");
  await expect(page.getByTestId("save-retry")).toBeVisible();
  await expect(page.getByTestId("canvas-notice-text")).toContainText("Not saved: the server cannot be reached");
  await expect(page.getByTestId("canvas-notice-retry")).toBeVisible();
  expect(failed).toBeGreaterThanOrEqual(5);
  await expect(card(page, "Head of Sales")).toBeVisible();

  // Nothing reached the server (page.request is not routed by page.route).
  expect((await storedChart(page, chartId)).nodes.map((n) => n.title)).toEqual(["CEO"]);

  // Stalled means stalled: no more automatic attempts, even for a new edit, which is kept too.
  const attemptsWhenStalled = failed;
  await page.getByTestId("inspector-person").fill("Marta Bianchi");
  await expect(card(page, "Head of Sales").getByTestId("node-person")).toHaveText("Marta Bianchi");
  await page.waitForTimeout(2_000);
  expect(failed).toBe(attemptsWhenStalled);
  await expect(status(page)).toHaveAttribute("data-status", "stalled");

  // The server is back; Retry saves everything that was kept.
  await page.unroute(OPS);
  await page.getByTestId("save-retry").click();
  await expectSaved(page);
  await expect(status(page)).toHaveText("Saved");
  await expect(page.getByTestId("save-retry")).toHaveCount(0);
  await expect(page.getByTestId("canvas-notice")).toHaveCount(0);

  const stored = await storedChart(page, chartId);
  expect(stored.nodes.map((n) => [n.title, n.person]).sort()).toEqual([
    ["CEO", null],
    ["Head of Sales", "Marta Bianchi"],
  ]);

  await page.reload();
  await expect(card(page, "CEO")).toBeVisible();
  await expect(card(page, "Head of Sales")).toBeVisible();
  await expect(card(page, "Head of Sales").getByTestId("node-person")).toHaveText("Marta Bianchi");
});

test("session expired: edits stay queued, the notice offers sign-in, and they are saved after signing in again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { email, password } = await signUpWithOrganization(page, "Sessioni S.p.A.");
  const chartId = await createEmptyChart(page, "Sessioni S.p.A.", "Sessione scaduta");
  await addCard(page, "CEO");
  await expectSaved(page);

  // On another device the same user signs out of all devices: this session is revoked too.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password);
  await otherPage.goto("/account");
  await otherPage.getByTestId("sign-out-everywhere").click();
  await expect(otherPage).toHaveURL(/\/signin/);
  await other.close();

  // The next edit is refused with 401: kept on the canvas, and the user is asked to sign in.
  await addCard(page, "Chief Financial Officer");
  await expect(status(page)).toHaveAttribute("data-status", "signed-out");
  await expect(status(page)).toHaveText("Not saved – sign in");
  await expect(page.getByTestId("save-retry")).toBeVisible();
  await expect(page.getByTestId("canvas-notice-text")).toContainText("Your session expired");
  const signInLink = page.getByTestId("canvas-notice-signin");
  await expect(signInLink).toBeVisible();
  await expect(signInLink).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/charts/${chartId}`)}`);
  await expect(signInLink).toHaveAttribute("target", "_blank");
  await expect(card(page, "Chief Financial Officer")).toBeVisible();

  // Another edit while signed out is kept too; a Retry before signing in changes nothing.
  await page.getByTestId("inspector-person").fill("Luca Verdi");
  await page.getByTestId("save-retry").click();
  await expect(status(page)).toHaveAttribute("data-status", "signed-out");
  await expect(card(page, "Chief Financial Officer").getByTestId("node-person")).toHaveText("Luca Verdi");
  expect((await page.request.get(`/api/charts/${chartId}`)).status()).toBe(401);

  // Sign in again through the notice's link, in a new tab of the same browser.
  const [popup] = await Promise.all([page.waitForEvent("popup"), signInLink.click()]);
  await expect(popup).toHaveURL(/\/signin/);
  const form = popup.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole("button").click();
  await expect(popup).toHaveURL(new RegExp(`/charts/${chartId}$`));
  await popup.close();

  // Back in the editor: Retry saves what was kept.
  await page.bringToFront();
  await expect(card(page, "Chief Financial Officer")).toBeVisible();
  // Regaining focus may already have retried; otherwise the Retry button does.
  await page.getByTestId("save-retry").click({ timeout: 3_000 }).catch(() => undefined);
  await expectSaved(page);
  await expect(page.getByTestId("canvas-notice")).toHaveCount(0);

  const stored = await storedChart(page, chartId);
  expect(stored.nodes.map((n) => [n.title, n.person]).sort()).toEqual([
    ["CEO", null],
    ["Chief Financial Officer", "Luca Verdi"],
  ]);
  await page.reload();
  await expect(card(page, "CEO")).toBeVisible();
  await expect(card(page, "Chief Financial Officer").getByTestId("node-person")).toHaveText("Luca Verdi");
});

test("chart deleted by a colleague: the live stream ends, the editor says so clearly and turns read-only; restored from the trash it is back", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const { email, password } = await signUpWithOrganization(page, "Cancellati S.p.A.");
  const chartId = await createEmptyChart(page, "Cancellati S.p.A.", "Da cancellare");
  await addCard(page, "CEO");
  await expectSaved(page);

  // A colleague (the same user elsewhere) deletes the chart from the dashboard.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password);
  const item = otherPage.getByTestId("chart-item").and(otherPage.locator('[data-chart-name="Da cancellare"]'));
  await item.getByRole("button", { name: "Delete" }).click();
  const confirm = item.getByTestId("confirm-delete");
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText("Da cancellare");
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(otherPage.getByTestId("chart-item").and(otherPage.locator('[data-chart-name="Da cancellare"]'))).toHaveCount(0);
  expect((await otherPage.request.get(`/api/charts/${chartId}`)).status()).toBe(404);
  await other.close();

  // Without any edit here: the stream ends (access is re-checked every 10 s), the clear
  // "deleted" message, the last saved state, read-only.
  await expect(status(page)).toHaveAttribute("data-status", "lost", { timeout: 20_000 });
  await expect(status(page)).toHaveText("Cannot save");
  await expect(page.getByTestId("canvas-notice-text")).toContainText("This chart was deleted");
  await expect(page.getByTestId("canvas-notice-text")).toContainText("your unsaved edits were discarded");
  await expect(page.getByTestId("canvas-notice-signin")).toHaveCount(0);
  await expect(page.getByTestId("canvas-notice-retry")).toHaveCount(0);
  await expect(page.getByTestId("save-retry")).toHaveCount(0);

  await expect(page.getByTestId("chart-editor")).toBeVisible();
  await expect(page.locator(".oc-readonly")).toHaveText("Read only");
  await expect(card(page, "CEO")).toBeVisible();
  for (const id of ["add-node", "add-department", "add-report", "delete-selection", "undo", "redo", "auto-layout"]) {
    await expect(page.getByTestId(id)).toHaveCount(0);
  }

  // Nothing can be edited any more: the inspector is read-only, double-click adds no card.
  await card(page, "CEO").click();
  await expect(page.getByTestId("inspector-title")).toHaveAttribute("readonly", "");
  const canvas = page.getByTestId("chart-canvas");
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("canvas not visible");
  await page.mouse.dblclick(box.x + box.width * 0.25, box.y + box.height * 0.75);
  await page.keyboard.press("Delete");
  await expect(page.locator(".react-flow__node")).toHaveCount(1);
  await expect(card(page, "CEO")).toBeVisible();
  await expect(status(page)).toHaveAttribute("data-status", "lost");
  expect(errors).toEqual([]);

  // It is only in the organisation's trash: restoring it brings it back as it was, editable again.
  await page.goto("/dashboard");
  const trash = page.getByTestId("deleted-charts");
  await trash.locator("summary").click();
  await trash.getByTestId("deleted-chart").and(page.locator('[data-chart-name="Da cancellare"]')).getByTestId("restore-chart").click();
  await expect(page.getByTestId("chart-item").and(page.locator('[data-chart-name="Da cancellare"]'))).toBeVisible();
  await expect(page.getByTestId("deleted-charts")).toHaveCount(0);
  await page.goto(`/charts/${chartId}`);
  await expect(card(page, "CEO")).toBeVisible();
  await expect(page.getByTestId("add-node")).toBeVisible();
});
