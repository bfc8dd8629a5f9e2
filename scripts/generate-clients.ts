/**
 * `postinstall`: generates both Prisma clients (WASM engine, offline) so that typecheck, lint, tests,
 * benchmarks and the CLI work right after `npm install`. It imports nothing that needs the clients.
 */
import { ensureClients } from "./lib/prisma-cli";

const started = Date.now();
const generated = await ensureClients();
console.log(generated ? `[orgplan] Prisma clients generated in ${((Date.now() - started) / 1000).toFixed(1)} s` : "[orgplan] Prisma clients are up to date");
