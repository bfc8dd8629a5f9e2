import { expect, test } from "@playwright/test";
import { card, expectSaved } from "./canvas-helpers";
import { createEmptyChart, signUpWithOrganization } from "./helpers";
import { addCard } from "./live-sync-flows";

/**
 * Named versions: save "as-is", change the chart, compare the version with now (the changes, and
 * which findings appeared and disappeared), restore it as one undoable edit.
 */
test("save a named version, compare it with now, restore it and undo the restore", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpWithOrganization(page, "Versioni S.p.A.", "Giulia");
  const chartId = await createEmptyChart(page, "Versioni S.p.A.", "Riorganizzazione");
  await addCard(page, "CEO");
  await expectSaved(page);

  await page.getByTestId("toggle-versions").click();
  const panel = page.getByTestId("versions-panel");
  await expect(panel.getByText("No named versions yet.")).toBeVisible();
  await panel.getByTestId("version-name").fill("as-is");
  await panel.getByTestId("version-save").click();
  const asIs = panel.getByTestId("version").and(page.locator('[data-name="as-is"]'));
  await expect(asIs).toContainText("Giulia");

  // The chart changes: a CTO arrives, the CEO is renamed.
  await addCard(page, "CTO");
  // The new card lands just below and right of the CEO's: click the CEO's visible corner.
  await card(page, "CEO").click({ position: { x: 16, y: 12 } });
  await page.getByTestId("inspector-title").fill("Amministratore delegato");
  await expectSaved(page);

  await asIs.getByTestId("version-compare").click();
  const comparison = panel.getByTestId("comparison");
  await expect(comparison.getByTestId("compared-change").and(page.locator('[data-type="node-added"]'))).toHaveText("Added CTO");
  await expect(comparison.getByTestId("compared-change").and(page.locator('[data-type="node-renamed"]'))).toHaveText("Renamed CEO to Amministratore delegato");
  // With a CTO on the chart, "the chart has no CTO" is gone.
  await expect(comparison.getByTestId("findings-disappeared").locator('[data-rule="missing-role"]')).toContainText("no CTO");
  // The activity list says who did what.
  await expect(panel.getByTestId("activity-entry").first()).toContainText("Giulia");
  await expect(panel.getByTestId("activity")).toContainText("added CTO");
  // On the canvas too: the new card in green, the renamed one in amber.
  await expect(card(page, "CTO")).toHaveClass(/oc-diff-added/);
  await expect(card(page, "Amministratore delegato")).toHaveClass(/oc-diff-changed/);
  await page.screenshot({ path: "test-results/versions-compare.png" });

  // Restore "as-is": one edit, undone with Undo.
  await asIs.getByTestId("version-restore").click();
  await expect(card(page, "CTO")).toHaveCount(0);
  await expect(card(page, "CEO")).toBeVisible();
  await expect(page.getByTestId("canvas-notice-text")).toContainText("Restored “as-is”");
  await expectSaved(page);
  await page.getByTestId("undo").click();
  await expect(card(page, "CTO")).toBeVisible();
  await expect(card(page, "Amministratore delegato")).toBeVisible();
  await expectSaved(page);

  // A card removed since a version shows where it was, as a red ghost.
  await panel.getByTestId("version-name").fill("with CTO");
  await panel.getByTestId("version-save").click();
  const withCto = panel.getByTestId("version").and(page.locator('[data-name="with CTO"]'));
  await expect(withCto).toBeVisible();
  // Undo put the CTO back under the CEO's card: click its visible bottom strip.
  const ctoBox = (await card(page, "CTO").boundingBox())!;
  await card(page, "CTO").click({ position: { x: 30, y: ctoBox.height - 10 } });
  await expect(page.getByTestId("inspector-title")).toHaveValue("CTO");
  await page.getByTestId("delete-selection").click();
  await expect(card(page, "CTO")).toHaveCount(0);
  await expectSaved(page);
  await withCto.getByTestId("version-compare").click();
  await expect(page.getByTestId("removed-card")).toHaveText("CTO");
  await expect(panel.getByTestId("compared-change").and(page.locator('[data-type="node-removed"]'))).toHaveText("Removed CTO");

  // Any two points: "as-is" against "with CTO": the canvas shows "with CTO" read-only, coloured
  // against "as-is"; back to "now", the live chart returns.
  await asIs.getByTestId("version-compare").click();
  await panel.getByTestId("compare-against").selectOption({ label: "with CTO" });
  await expect(panel.getByTestId("compared-change").and(page.locator('[data-type="node-added"]'))).toHaveText("Added CTO");
  await expect(page.getByTestId("viewing-version")).toContainText("with CTO");
  await expect(page.locator(".react-flow__node.oc-diff-added").filter({ hasText: "CTO" })).toBeVisible();
  await panel.getByTestId("compare-against").selectOption("");
  await expect(page.getByTestId("viewing-version")).toHaveCount(0);
  await expect(card(page, "Amministratore delegato")).toBeVisible();

  // A version opened read-only takes the canvas until "Back to now".
  await asIs.getByTestId("version-view").click();
  await expect(page.getByTestId("viewing-version")).toContainText("as-is");
  await expect(card(page, "CEO")).toBeVisible();
  await expect(card(page, "Amministratore delegato")).toHaveCount(0);
  await expect(page.getByTestId("add-node")).toHaveCount(0);
  await page.getByTestId("back-to-now").click();
  await expect(card(page, "Amministratore delegato")).toBeVisible();
  await expect(page.getByTestId("add-node")).toBeVisible();

  // The versions stay with the chart; in Italian too.
  await page.goto(`/charts/${chartId}`);
  await page.getByTestId("language-switcher").selectOption("it");
  await page.getByTestId("toggle-versions").click();
  await expect(page.getByTestId("versions-panel").getByTestId("version")).toHaveCount(2);
  await page.getByTestId("version").and(page.locator('[data-name="as-is"]')).getByTestId("version-compare").click();
  await expect(page.getByTestId("compared-change").first()).toBeVisible();
  await page.screenshot({ path: "test-results/versions-compare-it.png" });
});
