/**
 * Canvas speed in headless Chromium against a running production server ($BENCH_BASE_URL; `npm
 * run bench -- canvas` starts one). For generated charts of 2,000 and 10,000 nodes, fully expanded
 * and zoomed to fit: navigation → chart drawn, and requestAnimationFrame intervals while panning
 * for 2 s and while dragging a node for 2 s. Prints the median over runs after a warm-up:
 *   bench canvas.<n>.drawn <ms> ms, bench canvas.<n>.pan_p95 <ms> ms, bench canvas.<n>.drag_p95 <ms> ms
 */
import fs from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { chartAsOpBatches, generateChart } from "./canvas-chart";
import { collectFrames, dragNode, panCanvas, waitForChartDrawn } from "./canvas-measure";
import { median } from "./lib/stats";

const BASE = process.env.BENCH_BASE_URL ?? "http://localhost:3100";
const SIZES = [2000, 10000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const executablePath = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  const context = await browser.newContext({ baseURL: BASE, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signIn(page);
  for (const size of SIZES) {
    const chartId = await createChart(page, size);
    const drawn: number[] = [];
    const pan: number[] = [];
    const drag: number[] = [];
    // Run 0 warms the server and the browser caches; it is not counted.
    for (let run = 0; run <= RUNS; run++) {
      const started = Date.now();
      await page.goto(`/charts/${chartId}`);
      await waitForChartDrawn(page);
      const elapsed = Date.now() - started;
      const panFrames = await collectFrames(page, () => panCanvas(page));
      const dragFrames = await collectFrames(page, () => dragNode(page));
      if (run === 0) continue;
      drawn.push(elapsed);
      pan.push(p95(panFrames));
      drag.push(p95(dragFrames));
    }
    console.log(`bench canvas.${size}.drawn ${median(drawn).toFixed(0)} ms`);
    console.log(`bench canvas.${size}.pan_p95 ${median(pan).toFixed(1)} ms`);
    console.log(`bench canvas.${size}.drag_p95 ${median(drag).toFixed(1)} ms`);
  }
  await browser.close();
}

async function signIn(page: Page): Promise<void> {
  await page.goto("/signin");
  const form = page.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill("demo@orgplan.local");
  await form.locator('input[name="password"]').fill("orgplan-demo");
  await form.getByRole("button").click();
  await page.waitForURL(/\/dashboard/);
}

/** Creates an empty chart from the dashboard, then fills it through the ops API, as the editor saves. */
async function createChart(page: Page, size: number): Promise<string> {
  await page.goto("/dashboard");
  const form = page.getByTestId("organization").first().getByTestId("create-chart");
  await form.locator('input[name="name"]').fill(`Bench ${size} ${Date.now()}`);
  await form.getByRole("button").click();
  await page.waitForURL(/\/charts\/[A-Za-z0-9_-]+$/);
  const chartId = page.url().split("/charts/")[1] ?? "";
  const { chart } = (await (await page.request.get(`/api/charts/${chartId}`)).json()) as { chart: { version: number } };
  let version = chart.version;
  let seq = 0;
  for (const ops of chartAsOpBatches(generateChart(size))) {
    const response = await page.request.post(`/api/charts/${chartId}/ops`, { data: { clientId: "bench-fill", seq: ++seq, baseVersion: version, ops } });
    if (!response.ok()) throw new Error(`saving the ${size}-node chart failed: ${response.status()} ${await response.text()}`);
    version = ((await response.json()) as { version: number }).version;
  }
  return chartId;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}


main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
