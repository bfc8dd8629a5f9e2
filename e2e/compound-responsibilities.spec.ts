import { expect, test, type Page } from "@playwright/test";
import { createEmptyChart, signUpWithOrganization } from "./helpers";
import { addResponsibility, card, expectSaved, storedChart } from "./canvas-helpers";

const COMPOUND = "Gestione infrastruttura, fornitori e formazione utenti";
/** The inspected card's responsibility texts, exactly and in order. */
async function expectTexts(page: Page, texts: string[]): Promise<void> {
  const inputs = page.getByTestId("responsibility-text");
  await expect(inputs).toHaveCount(texts.length);
  for (const [index, text] of texts.entries()) await expect(inputs.nth(index)).toHaveValue(text);
}

const DUTIES = ["cio.infrastructure-management", "cio.technology-vendors", "cio.user-access-training"];

test("a compound responsibility counts for all its duties; split it into one per duty, undo and redo", async ({ page }) => {
  await signUpWithOrganization(page, "Composti S.r.l.");
  const chartId = await createEmptyChart(page, "Composti S.r.l.", "Organigramma");

  await page.getByTestId("add-node").click();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await page.keyboard.type("Responsabile sistemi");
  await expect(card(page, "Responsabile sistemi")).toBeVisible();

  // One line carries three duties: none of the three is a gap, and the matrix holds all three.
  const gaps = (duty: string) => page.getByTestId("finding").and(page.locator(`[data-rule="gap"][data-duty="${duty}"]`));
  for (const duty of DUTIES) await expect(gaps(duty)).toHaveCount(1);
  await addResponsibility(page, COMPOUND);
  const compound = page.getByTestId("responsibility-compound");
  await expect(compound).toHaveAttribute("data-duties", DUTIES.join(" "));
  await expect(compound).toContainText("Counts for 3 duties");
  // Accepting only the main duty would drop the others: the split is how all of them are kept.
  await expect(page.getByTestId("responsibility-accept")).toHaveCount(0);
  for (const duty of DUTIES) await expect(gaps(duty)).toHaveCount(0);
  await page.screenshot({ path: "test-results/compound-before-split.png" });

  await page.getByTestId("view-matrix").click();
  for (const duty of DUTIES) {
    await expect(page.getByTestId("matrix-row").and(page.locator(`[data-duty="${duty}"]`))).toHaveAttribute("data-state", "held");
  }
  await page.screenshot({ path: "test-results/compound-matrix.png" });
  await page.getByTestId("view-chart").click();

  // Split: one responsibility per duty, each with its duty as the user's choice, in one edit.
  await card(page, "Responsabile sistemi").click();
  await page.getByTestId("responsibility-split").click();
  const rows = page.getByTestId("responsibility");
  await expect(rows).toHaveCount(3);
  await expectTexts(page, ["Gestione infrastruttura", "Fornitori", "Formazione utenti"]);
  for (const [index, duty] of DUTIES.entries()) await expect(rows.nth(index)).toHaveAttribute("data-duty", duty);
  await expect(page.getByTestId("responsibility-compound")).toHaveCount(0);
  for (const duty of DUTIES) await expect(gaps(duty)).toHaveCount(0);
  await page.screenshot({ path: "test-results/compound-after-split.png" });
  await expectSaved(page);
  const split = await storedChart(page, chartId);
  expect(split.nodes[0]?.responsibilities).toEqual([
    { text: "Gestione infrastruttura", duty: DUTIES[0] },
    { text: "Fornitori", duty: DUTIES[1] },
    { text: "Formazione utenti", duty: DUTIES[2] },
  ].map((r) => expect.objectContaining(r)));

  // One undo brings the single compound line back; redo splits it again.
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("Control+z");
  await card(page, "Responsabile sistemi").click();
  await expectTexts(page, [COMPOUND]);
  await expect(page.getByTestId("responsibility-compound")).toBeVisible();
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("Control+y");
  await card(page, "Responsabile sistemi").click();
  await expectTexts(page, ["Gestione infrastruttura", "Fornitori", "Formazione utenti"]);
  await expectSaved(page);
  expect((await storedChart(page, chartId)).nodes[0]?.responsibilities).toHaveLength(3);
});

test("the compound line speaks Italian in the Italian UI", async ({ page }) => {
  await signUpWithOrganization(page, "Composti IT S.r.l.");
  await createEmptyChart(page, "Composti IT S.r.l.", "Organigramma");
  await page.getByTestId("language-switcher").selectOption("it");
  await page.getByTestId("add-node").click();
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await page.keyboard.type("Responsabile IT");
  await addResponsibility(page, "Run IT operations and negotiate with our cloud vendors");
  const compound = page.getByTestId("responsibility-compound");
  await expect(compound).toContainText("Conta per 2 compiti: Operazioni IT · Fornitori di tecnologia");
  await expect(page.getByTestId("responsibility-split")).toHaveText("Dividi, una per compito");
  await expect(page.getByTestId("responsibility-why")).toContainText("Conta anche per «Fornitori di tecnologia»");
  await page.screenshot({ path: "test-results/compound-it.png" });
});
