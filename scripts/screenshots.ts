/**
 * `npm run screenshots`: remakes the README's screenshots from the production build and the demo
 * organisation, so they can be refreshed after any UI change: the chart with its findings, the
 * duty matrix, a fix being previewed, a named version compared with now, and the definitions page.
 *
 *   npm run screenshots [-- --lang it|en] [--out docs/screenshots] [--port 3400]
 *
 * Starts its own server on a fresh embedded database (scripts/lib/server-process.ts) and stops it
 * when done, whatever happens.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { ensureChromium } from "./lib/ensure-chromium";
import { startServer } from "./lib/server-process";
import { DEMO_EMAIL, DEMO_ORGANIZATION, DEMO_PASSWORD } from "../lib/server/demo";

function option(name: string, fallback: string): string {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] !== undefined ? (args[index + 1] as string) : fallback;
}

const lang = option("lang", "en");
if (lang !== "en" && lang !== "it") throw new Error(`--lang must be "it" or "en", not "${lang}"`);
const out = path.resolve(option("out", "docs/screenshots"));
const port = option("port", process.env.SCREENSHOT_PORT ?? "3400");

async function shoot(page: Page, name: string): Promise<void> {
  // Let React Flow finish fitting and the fonts settle before the picture.
  await page.waitForTimeout(600);
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`[screenshots] ${path.relative(process.cwd(), file)}`);
}

const server = await startServer(port);
const browser = await chromium.launch({
  executablePath: ensureChromium() ?? undefined,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
});
try {
  fs.mkdirSync(out, { recursive: true });
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1440, height: 900 }, locale: lang === "it" ? "it-IT" : "en-US" });
  const page = await context.newPage();
  await page.goto("/signin");
  const form = page.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill(DEMO_EMAIL);
  await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await form.getByRole("button").click();
  await page.waitForURL(/\/dashboard/);
  await page.getByRole("link", { name: DEMO_ORGANIZATION }).first().click();
  await page.waitForURL(/\/charts\//);
  await page.getByTestId("findings-panel").waitFor();
  const chartUrl = page.url();

  // The chart with its findings: the CTO's branch, where most of them sit, readable on the canvas.
  await page.getByTestId("finding").and(page.locator('[data-rule="misplaced"]')).click();
  await shoot(page, "chart-findings");

  await page.getByTestId("view-matrix").click();
  await shoot(page, "matrix");

  await page.getByTestId("view-chart").click();
  const misplaced = page.getByTestId("finding-item").filter({ has: page.locator('[data-rule="it-department-under-cto"]') });
  await misplaced.getByTestId("finding").click();
  await misplaced.getByTestId("finding-fix").click();
  await misplaced.getByTestId("fix-option").first().click();
  await page.getByTestId("fix-preview").scrollIntoViewIfNeeded();
  await shoot(page, "fix-preview");

  // Named versions: the chart saved as it is, the fix applied, then the version compared with now
  // (the changes on the canvas and in the list, and the findings that disappeared).
  await page.getByTestId("toggle-versions").click();
  await page.getByTestId("version-name").fill(lang === "it" ? "situazione attuale" : "as-is");
  await page.getByTestId("version-save").click();
  await page.getByTestId("version").first().waitFor();
  await page.getByTestId("toggle-versions").click();
  await page.getByTestId("fix-apply").click();
  await page.getByTestId("toggle-findings").click();
  await page.getByTestId("toggle-versions").click();
  await page.getByTestId("version-compare").first().click();
  await page.getByTestId("comparison").waitFor();
  await shoot(page, "versions-compare");

  // Comments: a thread on a card and one on a finding, with the badges they leave.
  await page.getByTestId("toggle-versions").click();
  await page.getByTestId("toggle-findings").click();
  await page.getByTestId("finding-item").first().getByTestId("finding-comment").click();
  await page.getByTestId("comment-input").fill(lang === "it" ? "Ne parliamo al workshop di giovedì." : "Let's settle this in Thursday's workshop.");
  await page.getByTestId("comment-send").click();
  await page.getByTestId("comment-body").first().waitFor();
  await page.getByTestId("chart-node").filter({ has: page.getByTestId("role-badge") }).first().click({ position: { x: 12, y: 12 } });
  await page.getByTestId("comment-focus").getByTestId("comment-input").fill(lang === "it" ? "Chi firma il budget cloud, dopo il passaggio al CIO?" : "Who signs the cloud budget once this moves to the CIO?");
  await page.getByTestId("comment-focus").getByTestId("comment-send").click();
  await page.getByTestId("comments-badge").first().waitFor();
  await shoot(page, "comments");

  // A proposal started from the chart, changed, with what it changes against the original.
  await page.getByTestId("toggle-comments").click();
  await page.getByTestId("toggle-versions").click();
  await page.getByTestId("proposal-name").fill(lang === "it" ? "PMO sotto l'amministratore delegato" : "PMO under the CEO");
  await page.getByTestId("proposal-start").click();
  await page.getByTestId("proposal-panel").waitFor();
  // In the proposal, one of the findings' fixes: the panel then says which findings a merge removes.
  const first = page.getByTestId("finding-item").first();
  await first.getByTestId("finding-fix").click();
  await first.getByTestId("fix-option").first().click();
  await page.getByTestId("fix-apply").click();
  await page.getByTestId("proposal-change").first().waitFor();
  await page.getByTestId("proposal-change").first().click();
  // Deselect (an empty spot of the canvas) so the inspector makes room for the proposal's panel.
  await page.getByTestId("chart-editor").locator(".react-flow__pane").click({ position: { x: 400, y: 120 } });
  await shoot(page, "proposal");

  // Presentation mode as a 1280×720 projector shows it: the first finding, large.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(chartUrl);
  await page.getByTestId("present").click();
  await page.getByTestId("presentation").waitFor();
  // The first is a gap (nobody holds the duty); the next one names cards, and the view zooms to them.
  await page.keyboard.press("ArrowRight");
  await shoot(page, "presentation");
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto("/definitions");
  await shoot(page, "definitions");
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
