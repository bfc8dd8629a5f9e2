import { expect, test, type Page } from "@playwright/test";
import { expectSaved, storedChart } from "./canvas-helpers";
import { signIn } from "./helpers";

async function openDemoChart(page: Page, name: string): Promise<string> {
  await signIn(page);
  await page.getByRole("link", { name }).first().click();
  await expect(page).toHaveURL(/\/charts\//);
  await expect(page.getByTestId("findings-panel")).toBeVisible();
  return page.url().split("/charts/")[1] as string;
}

test("accept a fix from the findings panel: preview, apply, undo", async ({ page }) => {
  const chartId = await openDemoChart(page, "Ferri Digital S.r.l.");
  const missing = page.getByTestId("finding-item").filter({ has: page.locator('[data-rule="missing-role"]') });
  await expect(missing).toHaveCount(1);
  await missing.getByTestId("finding-fix").click();
  await missing.locator('[data-fix="add-role"]').click();

  const preview = page.getByTestId("fix-preview");
  await expect(preview).toContainText('New card "CIO" under "Amministratore unico" (Tommaso Leone)');
  await expect(preview.getByTestId("fix-disappear")).toContainText("The chart has no CIO");
  // Adding a CIO next to a CTO makes the department rules apply: the preview says which findings appear.
  await expect(preview).toContainText(/Findings that appear \(\d+\)/);
  await preview.getByTestId("fix-apply").click();

  await expect(page.getByTestId("fix-applied")).toContainText('Fix applied: Add a CIO card under "Amministratore unico" (Tommaso Leone)');
  await expect(missing).toHaveCount(0);
  await expectSaved(page);
  expect((await storedChart(page, chartId)).nodes.find((node) => node.role === "CIO")?.title).toBe("CIO");

  await page.getByTestId("fix-undo").click();
  await expect(missing).toHaveCount(1);
  await expectSaved(page);
  expect((await storedChart(page, chartId)).nodes.some((node) => node.role === "CIO")).toBe(false);
});

test("acknowledge a finding with a reason, see it muted with who/when/why, reopen it", async ({ page }) => {
  await openDemoChart(page, "Ferri Meccatronica S.p.A.");
  const overlap = page.getByTestId("finding-item").filter({ has: page.locator('[data-rule="overlap"]') });
  await expect(overlap).toHaveCount(1);
  await overlap.getByTestId("finding-acknowledge").click();
  await expect(page.getByTestId("acknowledge-save")).toBeDisabled();
  await page.getByTestId("acknowledge-reason").fill("The CTO keeps the cloud vendors until Q3");
  await page.getByTestId("acknowledge-save").click();

  await expect(overlap).toHaveCount(0);
  const kept = page.getByTestId("acknowledged-group");
  await kept.locator("summary").click();
  const item = kept.getByTestId("acknowledged-finding").filter({ has: page.getByText("The CTO keeps the cloud vendors until Q3") });
  await expect(item).toContainText("Demo User");
  // It is stored: still acknowledged after a reload.
  await page.reload();
  await page.getByTestId("acknowledged-group").locator("summary").click();
  await expect(page.getByTestId("acknowledged-finding").filter({ hasText: "until Q3" })).toHaveCount(1);

  await page.getByTestId("acknowledged-finding").filter({ hasText: "until Q3" }).getByTestId("finding-reopen").click();
  await expect(page.getByTestId("finding-item").filter({ has: page.locator('[data-rule="overlap"]') })).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId("finding-item").filter({ has: page.locator('[data-rule="overlap"]') })).toHaveCount(1);
});

test("every finding links to its duty on the definitions page", async ({ page }) => {
  await openDemoChart(page, "Ferri Meccatronica S.p.A.");
  const overlap = page.getByTestId("finding-item").filter({ has: page.locator('[data-rule="overlap"]') });
  await expect(overlap.getByTestId("finding-why")).toHaveAttribute("href", "/definitions#duty-cio.technology-vendors");
  await page.goto("/definitions#duty-cio.technology-vendors");
  await expect(page.getByTestId("definition-duty")).toHaveCount(15);
  await expect(page.getByTestId("definition-pair")).toHaveCount(6);
  await expect(page.getByTestId("definition-rule")).toHaveCount(8);
  await expect(page.locator('[id="duty-cio.technology-vendors"]')).toContainText("fornitori della tecnologia più recente");
});
