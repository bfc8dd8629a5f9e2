import type { Page } from "@playwright/test";

declare global {
  interface Window {
    __benchFrames?: number[];
    __benchCollecting?: boolean;
  }
}

/**
 * Waits until the chart is on screen — cards and lines in the DOM, or, zoomed out, the overview
 * canvas painted — and one more frame has been painted.
 */
export async function waitForChartDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (document.querySelectorAll(".react-flow__node").length > 0 && document.querySelector(".react-flow__edge") !== null) ||
      document.querySelector("[data-testid=overview-layer][data-painted]") !== null,
    undefined,
    { polling: "raf", timeout: 120_000 },
  );
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Intervals between animation frames (ms) while `action` runs. */
export async function collectFrames(page: Page, action: () => Promise<void>): Promise<number[]> {
  // Passed as source text: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__benchFrames = [];
    window.__benchCollecting = true;
    let last = performance.now();
    const tick = (now) => {
      window.__benchFrames.push(now - last);
      last = now;
      if (window.__benchCollecting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await action();
  return page.evaluate(() => {
    window.__benchCollecting = false;
    return window.__benchFrames ?? [];
  });
}

/** Drags the empty background for 2 s (the corner left free by fit-to-view padding). */
export async function panCanvas(page: Page): Promise<void> {
  const box = await page.locator(".react-flow__pane").boundingBox();
  if (box === null) throw new Error("no canvas");
  const x = box.x + 12;
  const y = box.y + 12;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await moveFor(page, 2000, (f) => ({ x: x + 200 * Math.sin(f * Math.PI * 2), y: y + 100 * f }));
  await page.mouse.up();
}

/**
 * Drags one card around for 2 s. Zoomed to fit, a big chart's cards are a pixel wide (drawn on
 * the overview canvas), so the card is first brought into view by searching for it, as a user would.
 */
export async function dragNode(page: Page): Promise<void> {
  const level = await page.getByTestId("chart-canvas").getAttribute("data-level");
  if (level !== "full") {
    await page.getByTestId("search-input").fill("Role 30");
    await page.getByTestId("chart-canvas").and(page.locator("[data-level=full]")).waitFor();
    await page.waitForTimeout(500);
  }
  const box = await page.locator(".react-flow__node").filter({ hasText: "Role 30" }).first().boundingBox();
  if (box === null) throw new Error("no card to drag");
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(20, box.height / 2);
  await page.mouse.move(x, y);
  await page.mouse.down();
  // The path ends where it started, so the drop is a no-op move, not a re-parent onto another card.
  await moveFor(page, 2000, (f) => ({ x: x + 150 * Math.sin(f * Math.PI * 2), y: y + 60 * Math.sin(f * Math.PI) }));
  await page.mouse.up();
}

/** Moves the mouse along `path` (f from 0 to 1) for `ms`, one step per ~16 ms. */
async function moveFor(page: Page, ms: number, path: (f: number) => { x: number; y: number }): Promise<void> {
  const started = Date.now();
  for (;;) {
    const f = Math.min(1, (Date.now() - started) / ms);
    const p = path(f);
    await page.mouse.move(p.x, p.y);
    if (f >= 1) return;
    await page.waitForTimeout(16);
  }
}
