/** The e2e web server: a fresh embedded database with the demo organisation, then `npm start`. */
import fs from "node:fs";

fs.rmSync(".e2e", { recursive: true, force: true });
process.env.DATABASE_URL = "file:./.e2e/orgplan-e2e.db";
process.env.ORGPLAN_DEMO = "1";
process.env.PORT ??= process.env.E2E_PORT ?? "3210";
process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT}`;
await import("./start");
