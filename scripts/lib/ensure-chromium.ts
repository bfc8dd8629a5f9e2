import { execFileSync } from "node:child_process";
import fs from "node:fs";

const CANDIDATES = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/**
 * The e2e suite drives a real Chromium. Playwright cannot download its own here, so we use the
 * system's: $CHROMIUM_PATH, Debian's package, or Playwright's own browser on a developer's laptop.
 * As root on Debian we install the package; otherwise we say exactly what to install.
 */
export function ensureChromium(): string | null {
  const found = findChromium();
  if (found !== undefined) return found;
  if (process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get")) {
    console.log("[test] installing Debian's chromium for the e2e tests (apt-get install chromium)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    const installed = findChromium();
    if (installed !== undefined) return installed;
  }
  throw new Error(
    "No Chromium for the e2e tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu), " +
      "or `npx playwright install chromium` where downloads are allowed, or set CHROMIUM_PATH.",
  );
}

/** A path, null for "Playwright's own browser is installed", or undefined for none. */
function findChromium(): string | null | undefined {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const system = CANDIDATES.find((p) => fs.existsSync(p));
  if (system) return system;
  const cache = `${process.env.HOME ?? ""}/.cache/ms-playwright`;
  if (fs.existsSync(cache) && fs.readdirSync(cache).some((d) => d.startsWith("chromium"))) return null;
  return undefined;
}
