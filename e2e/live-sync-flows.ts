import { expect, type Browser, type Page } from "@playwright/test";
import { createEmptyChart, signUpWithOrganization } from "./helpers";
import { card, expectSaved, storedChart } from "./canvas-helpers";

/**
 * The live-workshop flows, run on one instance (live-sync.spec.ts) and across two instances on
 * PostgreSQL (live-sync-postgres.spec.ts): `page` is the facilitator's, on their instance; the
 * colleague joins on `otherBaseURL` when given (another instance), else on the same one.
 */

async function invite(owner: Page, orgName: string, role: "editor" | "viewer"): Promise<string> {
  await owner.goto("/dashboard");
  await owner.getByTestId("organization").filter({ has: owner.getByRole("heading", { name: orgName }) }).getByRole("link", { name: /Members/ }).click();
  await owner.getByTestId("invite-role").selectOption(role);
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  return owner.getByTestId("invite-link").inputValue();
}

async function joinAs(browser: Browser, link: string, name: string, baseURL: string | undefined, locale = "en-US"): Promise<Page> {
  const context = await browser.newContext({ locale, ...(baseURL === undefined ? {} : { baseURL }) });
  const page = await context.newPage();
  await signUpWithOrganization(page, `${name}'s own org`, name);
  // The link names the instance that made it; the colleague opens it on their own.
  await page.goto(new URL(link).pathname);
  await page.getByTestId("accept-invite").click();
  await expect(page).toHaveURL(/\/dashboard/);
  return page;
}

export async function addCard(page: Page, title: string): Promise<void> {
  await page.getByTestId("add-node").click();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await page.keyboard.type(title);
  await expect(card(page, title)).toBeVisible();
}

export async function workshop(page: Page, browser: Browser, org: string, role: "editor" | "viewer", otherBaseURL?: string, locale?: string) {
  await signUpWithOrganization(page, org, "Facilitator");
  const link = await invite(page, org, role);
  const chartId = await createEmptyChart(page, org, "Workshop");
  await addCard(page, "CEO");
  await expectSaved(page);
  const colleague = await joinAs(browser, link, role === "viewer" ? "Viewer" : "Colleague", otherBaseURL, locale);
  await colleague.goto(`/charts/${chartId}`);
  await expect(card(colleague, "CEO")).toBeVisible();
  return { chartId, colleague };
}

export async function twoEditorsFlow(page: Page, browser: Browser, otherBaseURL?: string): Promise<void> {
  const { chartId, colleague } = await workshop(page, browser, `Workshop ${Date.now()} S.p.A.`, "editor", otherBaseURL);

  // One edits; the other sees it (the stream is already open, so well within a second).
  await card(page, "CEO").click();
  await page.getByTestId("inspector-person").fill("Giulia Neri");
  const sentAt = Date.now();
  await expect(card(colleague, "CEO").getByTestId("node-person")).toHaveText("Giulia Neri", { timeout: 1000 });
  expect(Date.now() - sentAt).toBeLessThan(1000);

  // Both edit different fields of the same card at the same moment.
  await card(colleague, "CEO").click();
  await Promise.all([page.getByTestId("inspector-person").fill("Anna Russo"), colleague.getByTestId("inspector-title").fill("Chief Executive")]);
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
}

export async function viewerFlow(page: Page, browser: Browser, otherBaseURL?: string): Promise<void> {
  const { chartId, colleague: viewer } = await workshop(page, browser, `Proiettore ${Date.now()} S.r.l.`, "viewer", otherBaseURL);
  await expect(viewer.getByText("Read only")).toBeVisible();
  await expect(viewer.getByTestId("add-node")).toHaveCount(0);
  await expect(viewer.getByTestId("summon-everyone")).toHaveCount(0);

  await card(page, "CEO").click();
  await page.getByTestId("inspector-title").fill("Amministratore");
  await expect(card(viewer, "Amministratore")).toBeVisible({ timeout: 1000 });

  await card(viewer, "Amministratore").click();
  await expect(viewer.getByTestId("inspector-title")).toHaveAttribute("readonly", "");
  // The server refuses a viewer's write, and a viewer's "bring everyone here", whatever the page does.
  const write = await viewer.request.post(`/api/charts/${chartId}/ops`, {
    data: { clientId: "viewer-tab-1", seq: 1, baseVersion: 0, ops: [{ type: "renameChart", name: "Hijacked" }] },
  });
  expect(write.status()).toBe(403);
  const summon = await viewer.request.post(`/api/charts/${chartId}/presence`, { data: { clientId: "viewer-tab-1", view: { x: 0, y: 0, width: 100, height: 100 }, summon: true } });
  expect(summon.status()).toBe(403);
  // The facilitator sees the viewer, marked as viewing only.
  await expect(page.getByTestId("presence-avatar").and(page.locator('[data-name="Viewer"]'))).toHaveAttribute("title", /view only/);
  await viewer.context().close();
}

/** The part of the chart a page shows, in chart coordinates: its centre and width. */
async function visibleArea(page: Page): Promise<{ cx: number; cy: number; width: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport")!;
    const box = document.querySelector<HTMLElement>(".oc-canvas-box")!;
    const matrix = new DOMMatrixReadOnly(getComputedStyle(viewport).transform);
    const zoom = matrix.a;
    const width = box.clientWidth / zoom;
    const height = box.clientHeight / zoom;
    return { cx: -matrix.e / zoom + width / 2, cy: -matrix.f / zoom + height / 2, width };
  });
}

async function expectSameArea(follower: Page, leader: Page): Promise<void> {
  const target = await visibleArea(leader);
  await expect
    .poll(async () => {
      const seen = await visibleArea(follower);
      return Math.max(Math.abs(seen.cx - target.cx), Math.abs(seen.cy - target.cy)) / target.width;
    }, { timeout: 5000 })
    .toBeLessThan(0.05);
}

/** Pans the page's canvas by dragging an empty part of it with the mouse. */
async function pan(page: Page, dx: number, dy: number): Promise<void> {
  const box = (await page.locator(".react-flow__pane").boundingBox())!;
  const x = box.x + 40;
  const y = box.y + box.height - 40;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

export async function presenceAndFollowFlow(page: Page, browser: Browser, otherBaseURL?: string): Promise<void> {
  // The colleague works in Italian: the screenshots show both languages.
  const { colleague } = await workshop(page, browser, `Presenza ${Date.now()} S.r.l.`, "editor", otherBaseURL, "it-IT");
  await addCard(page, "CIO");
  await expect(card(colleague, "CIO")).toBeVisible();

  // Each sees the other.
  await expect(page.getByTestId("presence-avatar").and(page.locator('[data-name="Colleague"]'))).toBeVisible();
  await expect(colleague.getByTestId("presence-avatar").and(colleague.locator('[data-name="Facilitator"]'))).toHaveText("FA");

  // The colleague's selection and pointer show on the facilitator's screen, in the colleague's name.
  await card(colleague, "CIO").click();
  const outline = page.getByTestId("presence-outline").and(page.locator('[data-name="Colleague"]'));
  await expect(outline).toBeVisible();
  const cardBox = (await card(page, "CIO").boundingBox())!;
  const outlineBox = (await outline.boundingBox())!;
  expect(outlineBox.x).toBeLessThan(cardBox.x);
  expect(outlineBox.x + outlineBox.width).toBeGreaterThan(cardBox.x + cardBox.width);
  const pane = (await colleague.locator(".react-flow__pane").boundingBox())!;
  await colleague.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2, { steps: 4 });
  await expect(page.getByTestId("presence-cursor").and(page.locator('[data-name="Colleague"]'))).toBeVisible();
  await page.screenshot({ path: "test-results/live-sync-presence.png" });
  await colleague.screenshot({ path: "test-results/live-sync-presence-it.png" });

  // The colleague follows the facilitator: the facilitator looks elsewhere, and so does the colleague.
  await colleague.getByTestId("presence-avatar").and(colleague.locator('[data-name="Facilitator"]')).click();
  await expect(colleague.getByTestId("following")).toContainText("Facilitator");
  await pan(page, 300, -150);
  await expectSameArea(colleague, page);

  // Panning on their own stops following; one click rejoins.
  await pan(colleague, -200, 120);
  await expect(colleague.getByTestId("following")).toHaveCount(0);
  await expect(colleague.getByTestId("rejoin")).toBeVisible();

  // "Bring everyone here": the colleague is brought to the facilitator's view and told so.
  await pan(page, -250, 200);
  await page.getByTestId("summon-everyone").click();
  await expect(colleague.getByTestId("following")).toContainText("Facilitator");
  await expectSameArea(colleague, page);
  await colleague.screenshot({ path: "test-results/live-sync-summoned.png" });

  // Leaving the chart removes the colleague from the others' screens.
  await colleague.context().close();
  await expect(page.getByTestId("presence-avatar")).toHaveCount(0, { timeout: 10_000 });
}

export async function presentationFlow(page: Page, browser: Browser, otherBaseURL?: string): Promise<void> {
  // The projector's size, and the colleague works in Italian.
  await page.setViewportSize({ width: 1280, height: 720 });
  const { colleague } = await workshop(page, browser, `Presentazione ${Date.now()} S.r.l.`, "editor", otherBaseURL, "it-IT");
  await colleague.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId("presence-avatar").and(page.locator('[data-name="Colleague"]'))).toBeVisible();

  // The facilitator presents: read-only, the first open finding large, then the next one.
  await page.getByTestId("present").click();
  const banner = page.getByTestId("presentation");
  await expect(banner).toContainText("Finding 1 of");
  await expect(page.getByTestId("chart-editor")).toHaveAttribute("data-can-edit", "false");
  await page.keyboard.press("ArrowRight");
  await expect(banner).toContainText("Finding 2 of");
  const rule = await banner.getAttribute("data-rule");
  await page.screenshot({ path: "test-results/presentation-presenter-1280.png" });

  // The colleague was brought along: the same finding, in Italian, with who presents.
  const followed = colleague.getByTestId("presentation");
  await expect(followed).toContainText("Facilitator sta presentando");
  await expect(followed).toHaveAttribute("data-rule", rule!);
  await expect(followed.getByTestId("presentation-message")).not.toHaveText(await banner.getByTestId("presentation-message").innerText());
  await colleague.screenshot({ path: "test-results/presentation-follower-1280-it.png" });

  // Looking around stops following (and the large finding goes); one click rejoins.
  const pane = (await colleague.locator(".react-flow__pane").boundingBox())!;
  await colleague.mouse.move(pane.x + 60, pane.y + 60);
  await colleague.mouse.down();
  await colleague.mouse.move(pane.x + 200, pane.y + 140, { steps: 6 });
  await colleague.mouse.up();
  await expect(followed).toHaveCount(0);
  await colleague.getByTestId("rejoin").click();
  await expect(followed).toHaveAttribute("data-rule", rule!);

  // Esc ends the presentation for everyone; the facilitator can edit again.
  await page.keyboard.press("Escape");
  await expect(banner).toHaveCount(0);
  await expect(followed).toHaveCount(0);
  await expect(page.getByTestId("chart-editor")).toHaveAttribute("data-can-edit", "true");
  await colleague.context().close();
}

/**
 * Two people discuss the chart: a viewer (the workshop participant, in Italian) and the facilitator
 * (the owner, in English). Each comment, edit, resolve and reopen reaches the other screen live.
 */
export async function commentsFlow(page: Page, browser: Browser, otherBaseURL?: string): Promise<void> {
  const { colleague: viewer } = await workshop(page, browser, `Commenti ${Date.now()} S.r.l.`, "viewer", otherBaseURL, "it-IT");
  await expect(viewer.getByTestId("add-node")).toHaveCount(0);

  // The viewer comments on the CEO card.
  await card(viewer, "CEO").click();
  await viewer.getByTestId("toggle-comments").click();
  const viewerFocus = viewer.getByTestId("comment-focus");
  await viewerFocus.getByTestId("comment-input").fill("Chi firma il budget IT?");
  await viewerFocus.getByTestId("comment-send").click();
  await expect(viewerFocus.getByTestId("comment-body")).toHaveText(["Chi firma il budget IT?"]);

  // The facilitator sees the badge on the card at once, and opens the thread from it.
  const badge = card(page, "CEO").getByTestId("comments-badge");
  await expect(badge).toHaveText("1", { timeout: 3000 });
  await expect(page.getByTestId("toggle-comments")).toHaveText("Comments (1)");
  await badge.click();
  const focus = page.getByTestId("comment-focus");
  await expect(focus.getByTestId("thread-target")).toHaveText("Card: CEO");
  await expect(focus.getByTestId("comment")).toContainText(["Viewer"]);
  // Not theirs to edit; the owner may still delete it (moderation).
  await expect(focus.getByTestId("comment-edit")).toHaveCount(0);
  await expect(focus.getByTestId("comment-delete")).toHaveCount(1);
  await focus.getByTestId("comment-input").fill("The CFO, until we hire a CIO.");
  await focus.getByTestId("comment-input").press("Control+Enter");
  await expect(viewerFocus.getByTestId("comment-body")).toHaveText(["Chi firma il budget IT?", "The CFO, until we hire a CIO."], { timeout: 3000 });
  // The viewer may edit their own comment, not the facilitator's.
  await expect(viewerFocus.getByTestId("comment-edit")).toHaveCount(1);
  await viewerFocus.getByTestId("comment-edit").click();
  await viewerFocus.getByTestId("comment").first().getByTestId("comment-input").fill("Chi firma il budget IT e quello cloud?");
  await viewerFocus.getByTestId("comment").first().getByTestId("comment-send").click();
  await expect(focus.getByTestId("comment-body").first()).toHaveText("Chi firma il budget IT e quello cloud?", { timeout: 3000 });
  await expect(focus.getByTestId("comment").first()).toContainText("edited");

  // The facilitator opens a thread on a finding; the viewer's findings panel counts it.
  // The missing-role group is short, so it is unfolded.
  const finding = page.locator('[data-testid="finding-group"][data-rule="missing-role"] [data-testid="finding-item"]').first();
  await finding.getByTestId("finding-comment").click();
  await expect(focus.getByTestId("thread-target")).toContainText("Finding:");
  await focus.getByTestId("comment-input").fill("We hire a CTO in spring.");
  await focus.getByTestId("comment-send").click();
  await expect(viewer.getByTestId("finding-comment-count")).toHaveText("1", { timeout: 3000 });
  await expect(page.getByTestId("toggle-comments")).toHaveText("Comments (3)");
  await page.screenshot({ path: "test-results/comments-panel.png" });
  await viewer.screenshot({ path: "test-results/comments-panel-it.png" });

  // The viewer resolves the card's thread: the badge goes on both screens; the owner reopens it.
  await viewerFocus.getByTestId("thread-resolve").click();
  await expect(badge).toHaveCount(0, { timeout: 3000 });
  await card(page, "CEO").click();
  await expect(focus.getByTestId("thread-resolved-by")).toContainText("Resolved by Viewer");
  await focus.getByTestId("thread-reopen").click();
  await expect(card(viewer, "CEO").getByTestId("comments-badge")).toHaveText("2", { timeout: 3000 });

  // The owner deletes the viewer's comment, after confirming.
  await focus.getByTestId("comment-delete").first().click();
  await focus.getByTestId("comment-delete-confirm").click();
  await expect(viewerFocus.getByTestId("comment-body")).toHaveText(["The CFO, until we hire a CIO."], { timeout: 3000 });
  await viewer.context().close();
}
