/**
 * Seeds the demo organisation "Ferri Meccatronica S.p.A." and its sign-in, once. Used by `npm start`
 * on the embedded SQLite default and by the e2e web server; a PostgreSQL deployment gets it only
 * when the operator runs `ORGPLAN_DEMO=1 npm start` (or `npm run db -- seed-demo`).
 *
 * The demo shows what Orgplan is for: a 41-person packaging-machine maker with a CIO, a CTO, IT and
 * engineering departments and a product team, where every rule fires at least once (missing-role
 * in the subsidiary's chart) and a few fixes make the main chart clean (prisma/demo/demo.test.ts).
 */
import fs from "node:fs";
import { parseOrgchart } from "../lib/io/parse-orgchart";
import type { Db } from "../lib/server/create-prisma-client";
import { createChart } from "../lib/server/data/charts";
import { createOrganization } from "../lib/server/data/organizations";
import { createUser } from "../lib/server/data/users";
import { DEMO_EMAIL, DEMO_NAME, DEMO_ORGANIZATION, DEMO_PASSWORD } from "../lib/server/demo";

export const DEMO_CHARTS = ["ferri-meccatronica.json", "ferri-digital.json"] as const;

export function readDemoChart(file: (typeof DEMO_CHARTS)[number]) {
  const raw: unknown = JSON.parse(fs.readFileSync(new URL(`../prisma/demo/${file}`, import.meta.url), "utf8"));
  const parsed = parseOrgchart(raw);
  if (!parsed.ok) throw new Error(`The bundled demo chart ${file} is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed;
}

export async function seedDemo(db: Db): Promise<{ created: boolean; email: string; password: string }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing) return { created: false, email: DEMO_EMAIL, password: DEMO_PASSWORD };
  const charts = DEMO_CHARTS.map(readDemoChart);
  const user = await createUser(db, { email: DEMO_EMAIL, name: DEMO_NAME, password: DEMO_PASSWORD });
  const actor = { userId: user.id };
  const org = await createOrganization(db, actor, DEMO_ORGANIZATION);
  for (const { chart, acknowledgements } of charts) await createChart(db, actor, org.id, chart, acknowledgements);
  return { created: true, email: DEMO_EMAIL, password: DEMO_PASSWORD };
}
