import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "prisma", "public", "next.config.js", "package.json", "tsconfig.json"];
const IGNORED = new Set(["node_modules", ".next", "generated"]);

/** True when there is no production build, or any source file is newer than it. */
export function needsBuild(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newerThan(path.join(root, entry), builtAt));
}

function newerThan(target: string, time: number): boolean {
  if (!fs.existsSync(target)) return false;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return fs.readdirSync(target).some((name) => !IGNORED.has(name) && !name.endsWith(".test.ts") && newerThan(path.join(target, name), time));
}
