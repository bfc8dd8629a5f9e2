import { expect, test } from "@playwright/test";
import { card, expectSaved, storedChart } from "./canvas-helpers";
import { addCard, workshop } from "./live-sync-flows";

/**
 * A what-if proposal: started from a chart, changed, compared with its origin, and merged back while
 * a colleague (an editor, in their own browser) keeps editing the origin. The merge keeps the
 * colleague's edits, lists what could not be applied, and the dashboard shows the proposal merged.
 */
test("start a proposal, change it, compare it, and merge it while a colleague edits the origin; the dashboard shows it merged", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const { chartId: originId, colleague: origin } = await workshop(page, browser, `Proposte ${Date.now()} S.p.A.`, "editor");
  await addCard(page, "CTO");
  await expectSaved(page);

  // Start a proposal from the Versions panel: it opens on its own page, with its panel.
  await page.getByTestId("toggle-versions").click();
  await page.getByTestId("proposal-name").fill("PMO under the CEO");
  await page.getByTestId("proposal-start").click();
  await expect(page).not.toHaveURL(new RegExp(`/charts/${originId}$`));
  const proposalId = new URL(page.url()).pathname.split("/").pop()!;
  const panel = page.getByTestId("proposal-panel");
  await expect(panel.getByTestId("proposal-state")).toHaveAttribute("data-state", "open");
  await expect(panel.getByTestId("proposal-state")).toContainText("A proposal for “Workshop”");

  // Change the proposal: add a PMO, rename the CTO.
  await addCard(page, "PMO");
  await card(page, "CTO").click();
  await page.getByTestId("inspector-title").fill("Chief Technology Officer");
  await expectSaved(page);
  await expect(panel.getByTestId("proposal-change")).toHaveCount(2);

  // Meanwhile the colleague edits the origin: names the CEO.
  await expect(card(origin, "CTO")).toBeVisible();
  await card(origin, "CEO").click({ position: { x: 12, y: 12 } });
  await origin.getByTestId("inspector-person").fill("Anna Ferri");
  await expectSaved(origin);

  // The proposal sees the origin's change (read again as the panel refreshes) and the canvas compares with it.
  await page.reload();
  await expect(panel.getByTestId("origin-change")).toHaveCount(1);
  await expect(page.locator(".react-flow__node.oc-diff-added").filter({ hasText: "PMO" })).toBeVisible();
  await page.screenshot({ path: "test-results/proposal-compare.png" });

  // Merge, after confirming.
  await panel.getByTestId("proposal-merge").click();
  await panel.getByTestId("proposal-confirm-yes").click();
  await expect(panel.getByTestId("merge-report")).toContainText("Merged into “Workshop”: 2 changes applied.");
  await expect(panel.getByTestId("proposal-state")).toHaveAttribute("data-state", "merged");
  await expect(page.getByTestId("chart-editor")).toHaveAttribute("data-can-edit", "false");
  await page.screenshot({ path: "test-results/proposal-merged.png" });

  // The origin has both: the colleague's edit and the proposal's, live on the colleague's screen.
  await expect(card(origin, "PMO")).toBeVisible({ timeout: 3000 });
  await expect(card(origin, "Chief Technology Officer")).toBeVisible();
  const stored = await storedChart(origin, originId);
  expect(stored.nodes.map((n) => [n.title, n.person]).sort()).toEqual([["CEO", "Anna Ferri"], ["Chief Technology Officer", null], ["PMO", null]]);

  // The dashboard lists the proposal under its chart, merged.
  await page.goto("/dashboard");
  const item = page.getByTestId("chart-item").filter({ hasText: "Workshop" }).getByTestId("proposal-item");
  await expect(item).toHaveAttribute("data-state", "merged");
  await expect(item.getByRole("link")).toHaveAttribute("href", `/charts/${proposalId}`);
  await origin.context().close();
});
