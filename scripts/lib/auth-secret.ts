import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** A real NEXTAUTH_SECRET, generated at first start and kept in data/ (git-ignored), never in git. */
export function ensureAuthSecret(dataDir: string): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, ".nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
