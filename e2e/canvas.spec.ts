import { expect, test, type Page } from "@playwright/test";
import { createEmptyChart, signUpWithOrganization } from "./helpers";
import { addResponsibility, card, dragBetween, expectSaved, storedChart } from "./canvas-helpers";

/** Types a title into the freshly created card's title field (focused and selected on creation). */
async function typeNewTitle(page: Page, title: string): Promise<void> {
  await expect(page.getByTestId("inspector-title")).toBeFocused();
  await page.keyboard.type(title);
  await expect(card(page, title)).toBeVisible();
}

test("draw CEO, CIO and CTO; an overlap appears and goes; undo, redo and reload keep it all", async ({ page }) => {
  await signUpWithOrganization(page, "Canvas S.p.A.");
  const chartId = await createEmptyChart(page, "Canvas S.p.A.", "Organigramma 2027");
  await expect(page.getByTestId("chart-editor")).toBeVisible();
  await expect(page.getByText("This chart is empty", { exact: false })).toBeVisible();

  // The CEO from the toolbar; the new card is selected with its title ready to be typed over.
  await page.getByTestId("add-node").click();
  await typeNewTitle(page, "Amministratore delegato");
  await page.getByTestId("inspector-person").fill("Giulia Neri");
  await expect(card(page, "Amministratore delegato").getByTestId("node-person")).toHaveText("Giulia Neri");

  // The CIO with the card's own "add report" button: node and line in one gesture.
  await card(page, "Amministratore delegato").getByTestId("add-report-on-node").click();
  await typeNewTitle(page, "Chief Information Officer");
  await page.getByTestId("inspector-role").selectOption("CIO");
  await expect(card(page, "Chief Information Officer").getByTestId("role-badge")).toHaveText("CIO");
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  // The CTO by double-clicking empty canvas, then connected by dragging from the CEO's handle.
  const canvas = page.getByTestId("chart-canvas");
  const box = await canvas.boundingBox();
  if (box === null) throw new Error("canvas not visible");
  await page.mouse.dblclick(box.x + box.width * 0.75, box.y + box.height * 0.55);
  await typeNewTitle(page, "Chief Technology Officer");
  await expect(card(page, "Chief Technology Officer").getByTestId("role-badge")).toHaveText("CTO");
  await dragBetween(
    page,
    card(page, "Amministratore delegato").locator(".react-flow__handle-bottom"),
    card(page, "Chief Technology Officer").locator(".react-flow__handle-top"),
  );
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  // Responsibilities in Italian for the CIO and in English for the CTO: both read as IT operations.
  await card(page, "Chief Information Officer").click();
  await addResponsibility(page, "Gestire le operazioni IT per l'azienda");
  await expect(page.getByTestId("responsibility").first()).toHaveAttribute("data-suggested", "cio.it-operations");
  await card(page, "Chief Technology Officer").click();
  await addResponsibility(page, "Run the company's IT operations");
  await expect(page.getByTestId("responsibility").first()).toHaveAttribute("data-suggested", "cio.it-operations");

  const overlap = page.getByTestId("finding").and(page.locator('[data-rule="overlap"][data-duty="cio.it-operations"]'));
  await expect(overlap).toHaveCount(1);
  await expect(card(page, "Chief Technology Officer").getByTestId("findings-badge")).toHaveAttribute("data-severity", "warning");

  // Clicking the finding highlights the two cards involved.
  await overlap.click();
  await expect(page.locator(".oc-card.is-highlighted")).toHaveCount(2);
  await card(page, "Chief Technology Officer").click();

  // Fix it: the CTO's line is explicitly "no duty"; the explicit choice wins over the classifier.
  await page.getByTestId("responsibility-duty").first().selectOption({ label: "No duty (my decision)" });
  await expect(overlap).toHaveCount(0);

  // Undo brings the overlap back, redo removes it again (Ctrl+Y too).
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("Control+z");
  await expect(overlap).toHaveCount(1);
  await page.keyboard.press("Control+Shift+z");
  await expect(overlap).toHaveCount(0);
  await page.keyboard.press("Control+z");
  await expect(overlap).toHaveCount(1);
  await page.keyboard.press("Control+y");
  await expect(overlap).toHaveCount(0);

  await expectSaved(page);
  await page.reload();
  for (const title of ["Amministratore delegato", "Chief Information Officer", "Chief Technology Officer"]) {
    await expect(card(page, title)).toBeVisible();
  }
  await expect(card(page, "Amministratore delegato").getByTestId("node-person")).toHaveText("Giulia Neri");
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  await expect(overlap).toHaveCount(0);

  const stored = await storedChart(page, chartId);
  const byTitle = new Map(stored.nodes.map((n) => [n.title, n]));
  const ceo = byTitle.get("Amministratore delegato");
  const cto = byTitle.get("Chief Technology Officer");
  expect(byTitle.get("Chief Information Officer")?.role).toBe("CIO");
  expect(cto?.responsibilities).toEqual([expect.objectContaining({ text: "Run the company's IT operations", duty: null })]);
  expect(stored.edges.filter((e) => e.source === ceo?.id && e.kind === "reports-to")).toHaveLength(2);
});

test("a reporting cycle is refused with its reason; deleting a manager re-attaches the reports", async ({ page }) => {
  await signUpWithOrganization(page, "Ciclo S.r.l.");
  const chartId = await createEmptyChart(page, "Ciclo S.r.l.", "Riorganizzazione");

  await page.getByTestId("add-node").click();
  await typeNewTitle(page, "CEO");
  await page.getByTestId("add-report").click();
  await typeNewTitle(page, "Head of IT");
  await page.getByTestId("add-report").click();
  await typeNewTitle(page, "IT Manager");
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  // Dropping the CEO onto someone who reports to it would make a loop: refused, and said why.
  await dragBetween(page, card(page, "CEO"), card(page, "IT Manager"), { x: 120, y: 30 });
  await expect(page.getByTestId("canvas-notice-text")).toContainText("cannot report to");
  await expect(page.getByTestId("canvas-notice-text")).toContainText("loop");
  await page.getByTestId("canvas-notice-dismiss").click();

  // Delete the middle manager from the keyboard and keep its report in the tree.
  await card(page, "Head of IT").click();
  await page.keyboard.press("Delete");
  await expect(page.getByTestId("delete-dialog")).toBeVisible();
  await page.getByTestId("delete-reattach").click();
  await expect(card(page, "Head of IT")).toHaveCount(0);
  await expect(page.locator(".react-flow__edge")).toHaveCount(1);

  await expectSaved(page);
  const stored = await storedChart(page, chartId);
  const id = (title: string) => stored.nodes.find((n) => n.title === title)?.id;
  expect(stored.nodes).toHaveLength(2);
  expect(stored.edges).toEqual([expect.objectContaining({ source: id("CEO"), target: id("IT Manager"), kind: "reports-to" })]);

  // Undo restores the manager and both lines exactly.
  await page.keyboard.press("Control+z");
  await expect(card(page, "Head of IT")).toBeVisible();
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  // The right-click menu folds a subtree (with the count of hidden reports) and unfolds it.
  await card(page, "Head of IT").click({ button: "right" });
  await page.getByTestId("menu-toggle-collapse").click();
  await expect(card(page, "IT Manager")).toHaveCount(0);
  await expect(card(page, "Head of IT").getByTestId("collapse-toggle")).toHaveText("+1");
  await card(page, "Head of IT").getByTestId("collapse-toggle").click();
  await expect(card(page, "IT Manager")).toBeVisible();
});

test("an editor with a stale version saves on top of a colleague's save, and both edits stay", async ({ page, context }) => {
  await signUpWithOrganization(page, "Conflitti S.p.A.");
  const chartId = await createEmptyChart(page, "Conflitti S.p.A.", "Due schede");
  await page.getByTestId("add-node").click();
  await typeNewTitle(page, "CEO");
  await expectSaved(page);

  // A colleague (a second tab) saves first.
  const colleague = await context.newPage();
  await colleague.goto(`/charts/${chartId}`);
  await card(colleague, "CEO").click();
  await colleague.getByTestId("inspector-person").fill("Anna Russo");
  await expectSaved(colleague);

  // This tab still has the old version: the server applies its edit to the current chart, and
  // the colleague's change comes back with the answer (or on the live stream).
  await card(page, "CEO").click();
  await page.getByTestId("add-report").click();
  await typeNewTitle(page, "CFO");
  await expectSaved(page);
  await expect(card(page, "CEO").getByTestId("node-person")).toHaveText("Anna Russo");
  await expect(page.getByTestId("canvas-notice-text")).toHaveCount(0);

  const stored = await storedChart(page, chartId);
  expect(stored.nodes.map((n) => [n.title, n.person])).toEqual([
    ["CEO", "Anna Russo"],
    ["CFO", null],
  ]);
  expect(stored.edges).toHaveLength(1);
});
