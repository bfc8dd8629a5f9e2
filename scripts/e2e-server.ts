/**
 * The e2e web server: a fresh embedded database with the demo organisation, then `npm start`.
 * With ORGPLAN_E2E_DATABASE_URL (the two-instance e2e on PostgreSQL) it uses that database instead,
 * which the spec created and which another instance may share.
 */
import fs from "node:fs";

const shared = process.env.ORGPLAN_E2E_DATABASE_URL;
if (shared === undefined) fs.rmSync(".e2e", { recursive: true, force: true });
process.env.DATABASE_URL = shared ?? "file:./.e2e/orgplan-e2e.db";
process.env.ORGPLAN_DEMO = "1";
// The suite signs up dozens of accounts from one address; the sign-up limit itself is tested in
// app/actions/limits.integration.test.ts with the default.
process.env.ORGPLAN_SIGNUPS_PER_HOUR ??= "10000";
process.env.PORT ??= process.env.E2E_PORT ?? "3210";
process.env.NEXTAUTH_URL = `http://localhost:${process.env.PORT}`;
await import("./start");
