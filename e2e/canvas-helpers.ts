import { expect, type Locator, type Page } from "@playwright/test";

/** The card whose title is exactly `title`. */
export function card(page: Page, title: string): Locator {
  return page.locator(".react-flow__node").filter({ has: page.getByTestId("node-title").getByText(title, { exact: true }) });
}

/** Waits until every edit has reached the server. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

/** Drags with the real mouse, in small steps so React Flow sees a drag and not a click. */
export async function dragBetween(page: Page, from: Locator, to: Locator, fromOffset?: { x: number; y: number }): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (a === null || b === null) throw new Error("drag: element not visible");
  const start = fromOffset ? { x: a.x + fromOffset.x, y: a.y + fromOffset.y } : { x: a.x + a.width / 2, y: a.y + a.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** Adds a responsibility to the inspected card by typing it and pressing Enter. */
export async function addResponsibility(page: Page, text: string): Promise<void> {
  const input = page.getByTestId("responsibility-new");
  await input.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("responsibility-text").last()).toHaveValue(text);
}

/** The stored chart, read through the API with the page's session. */
export async function storedChart(page: Page, chartId: string): Promise<{
  nodes: { id: string; title: string; person: string | null; role: string | null; responsibilities: { text: string; duty?: string | null }[] }[];
  edges: { source: string; target: string; kind: string }[];
}> {
  const response = await page.request.get(`/api/charts/${chartId}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { chart: Awaited<ReturnType<typeof storedChart>> }).chart;
}
