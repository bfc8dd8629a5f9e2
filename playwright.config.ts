import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * e2e tests drive real Chromium against the production build (`next start`) on a fresh SQLite
 * database with the demo organisation. Debian's Chromium is used when present (Playwright cannot
 * download its own on our machines); elsewhere Playwright's own browser.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        // A project-level `use` replaces top-level launch options, so they live here.
        launchOptions: {
          executablePath: systemChromium,
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${PORT}/signin`,
    timeout: 300_000,
    // `npm test` and CI always start a fresh server (fresh build check, fresh database); reusing
    // one is only for a developer iterating with `npx playwright test` against a running server.
    reuseExistingServer: !process.env.CI && !process.env.ORGPLAN_E2E_FRESH,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(PORT), E2E_PORT: String(PORT) },
  },
});
