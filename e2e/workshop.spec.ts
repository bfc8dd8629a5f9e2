import { expect, test } from "@playwright/test";
import { workshopRun } from "../bench/lib/workshop-run";
import { ensurePostgres } from "../scripts/lib/ensure-postgres";

/**
 * The short workshop of `npm test`: four signed-in participants editing one chart for five seconds
 * over HTTP, each on the live stream; on PostgreSQL across two app instances. Every acknowledged
 * edit must reach every participant and the final chart, and no request may fail (the full run,
 * 20 participants × 60 s, is `npm run bench -- workshop`).
 */
const firstPort = Number(process.env.E2E_WORKSHOP_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 3);

for (const engine of ["sqlite", "postgres"] as const) {
  test(`a short workshop loses no edit and fails no request (${engine})`, async () => {
    test.setTimeout(180_000);
    if (engine === "postgres") process.env.TEST_DATABASE_URL ??= await ensurePostgres();
    const result = await workshopRun({ engine, participants: 4, seconds: 5, editsPerSecond: 5, nodes: 300, ports: [firstPort, firstPort + 1], log: (line) => console.log(`[workshop.${engine}] ${line}`) });
    console.log(`[workshop.${engine}] ${JSON.stringify(result)}`);
    expect(result.instances).toBe(engine === "postgres" ? 2 : 1);
    expect(result.sent).toBe(4 * 5 * 5);
    expect(result.problems).toEqual([]);
    expect(result.lost).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.acknowledged).toBe(result.sent);
  });
}
