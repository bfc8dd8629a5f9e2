/**
 * Seeds the demo organisation "Acme S.p.A." and its sign-in, once. Used by `npm start` on the
 * embedded SQLite default and by the e2e web server; a PostgreSQL deployment gets it only when the
 * operator runs `ORGPLAN_DEMO=1 npm start` (or `npm run db -- seed-demo`).
 */
import fs from "node:fs";
import { parseOrgchart } from "../lib/org/parse-orgchart";
import type { Db } from "../lib/server/create-prisma-client";
import { createChart } from "../lib/server/data/charts";
import { createOrganization } from "../lib/server/data/organizations";
import { createUser } from "../lib/server/data/users";
import { DEMO_EMAIL, DEMO_NAME, DEMO_PASSWORD } from "../lib/server/demo";

export async function seedDemo(db: Db): Promise<{ created: boolean; email: string; password: string }> {
  const existing = await db.user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (existing) return { created: false, email: DEMO_EMAIL, password: DEMO_PASSWORD };
  const raw: unknown = JSON.parse(fs.readFileSync(new URL("../prisma/demo/acme-spa.json", import.meta.url), "utf8"));
  const parsed = parseOrgchart(raw);
  if (!parsed.ok) throw new Error(`The bundled demo chart is invalid: ${JSON.stringify(parsed.errors)}`);
  const user = await createUser(db, { email: DEMO_EMAIL, name: DEMO_NAME, password: DEMO_PASSWORD });
  const actor = { userId: user.id };
  const org = await createOrganization(db, actor, parsed.chart.name);
  await createChart(db, actor, org.id, parsed.chart);
  return { created: true, email: DEMO_EMAIL, password: DEMO_PASSWORD };
}
