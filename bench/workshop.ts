/**
 * `npm run bench -- workshop`: a live workshop against production servers over HTTP, on SQLite
 * (one instance) and PostgreSQL (two instances sharing the participants): 20 participants, each
 * sending 5 one-field edits per second for 60 s to one 300-node chart and listening on its event
 * stream. Prints `bench workshop.<db>.{acknowledged,lost,errors,ack_p95,propagation_p50,propagation_p95}`.
 * Targets: propagation p95 under 150 ms, 0 lost, 0 errors (the run fails when an edit is lost or a
 * request fails). WORKSHOP_SECONDS, WORKSHOP_PARTICIPANTS, WORKSHOP_RATE and WORKSHOP_DB
 * (sqlite | postgresql) shorten or narrow it.
 */
import os from "node:os";
import { ensurePostgres } from "../scripts/lib/ensure-postgres";
import { workshopRun } from "./lib/workshop-run";

const port = Number(process.env.BENCH_PORT ?? 3230) + 1;
const seconds = Number(process.env.WORKSHOP_SECONDS ?? 60);
const participants = Number(process.env.WORKSHOP_PARTICIPANTS ?? 20);
const rate = Number(process.env.WORKSHOP_RATE ?? 5);
const databases = (process.env.WORKSHOP_DB ?? "sqlite,postgresql").split(",");

let failed = false;
for (const db of databases) {
  if (db !== "sqlite" && db !== "postgresql") throw new Error(`WORKSHOP_DB: unknown database ${db} (sqlite or postgresql)`);
  const engine = db === "sqlite" ? "sqlite" : "postgres";
  if (engine === "postgres") process.env.TEST_DATABASE_URL ??= await ensurePostgres();
  const result = await workshopRun({ engine, participants, seconds, editsPerSecond: rate, nodes: 300, ports: [port, port + 1], log: (line) => console.error(`[workshop.${db}] ${line}`) });
  const line = (name: string, value: number, unit: string, digits = 0) => console.log(`bench workshop.${db}.${name} ${value.toFixed(digits)} ${unit}`);
  line("acknowledged", result.acknowledged, "edits");
  line("lost", result.lost, "edits");
  line("errors", result.errors, "requests");
  line("ack_p95", result.ackP95, "ms", 1);
  line("propagation_p50", result.propagationP50, "ms", 1);
  line("propagation_p95", result.propagationP95, "ms", 1);
  console.error(`[workshop.${db}] ${result.sent} sent by ${participants} participants on ${result.instances} instance(s); load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  for (const problem of result.problems) console.error(`[workshop.${db}] ${problem}`);
  if (result.lost > 0 || result.errors > 0 || result.acknowledged === 0) failed = true;
}
process.exit(failed ? 1 : 0);
