/** HTTP helpers for the live-sync benches: sign in as a real user, find and grow a chart, send batches. */
import type { ChartOp } from "../lib/org/chart-ops";
import type { Chart } from "../lib/org/types";
import type { BatchAnswer } from "../lib/sync/protocol";
import { chartAsOpBatches, generateChart } from "./canvas-chart";

export const DEMO = { email: "demo@orgplan.local", password: "orgplan-demo" };

/** A signed-in HTTP client: next-auth's credentials flow, cookies kept by hand. */
export interface HttpUser {
  base: string;
  cookie: string;
}

export async function signIn(base: string, email = DEMO.email, password = DEMO.password): Promise<HttpUser> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(login);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`sign-in failed: ${login.status}`);
  return { base, cookie: cookie() };
}

/** The first chart linked from the dashboard (the demo chart on a fresh bench server). */
export async function firstChartId(user: HttpUser): Promise<string> {
  const html = await (await fetch(`${user.base}/dashboard`, { headers: { cookie: user.cookie } })).text();
  const match = /\/charts\/([A-Za-z0-9_-]+)/.exec(html);
  if (!match?.[1]) throw new Error("no chart on the dashboard");
  return match[1];
}

export async function loadChart(user: HttpUser, chartId: string): Promise<Chart & { version: number }> {
  const response = await fetch(`${user.base}/api/charts/${chartId}`, { headers: { cookie: user.cookie } });
  if (!response.ok) throw new Error(`loading the chart failed: ${response.status}`);
  return ((await response.json()) as { chart: Chart & { version: number } }).chart;
}

export async function postBatch(
  user: HttpUser,
  chartId: string,
  batch: { clientId: string; seq: number; baseVersion: number; ops: ChartOp[] },
): Promise<BatchAnswer> {
  const response = await fetch(`${user.base}/api/charts/${chartId}/ops`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: user.cookie },
    body: JSON.stringify(batch),
  });
  if (!response.ok) throw new Error(`POST ops failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as BatchAnswer;
}

/** Grows the chart by `count` nodes (a separate generated tree with prefixed ids), through the ops route. */
export async function growChart(user: HttpUser, chartId: string, count: number, prefix: string): Promise<void> {
  if (count <= 0) return;
  const generated = generateChart(count);
  const id = (raw: string) => `${prefix}${raw}`;
  const chart: Chart = {
    name: generated.name,
    nodes: generated.nodes.map((n) => ({ ...n, id: id(n.id), responsibilities: n.responsibilities.map((r) => ({ ...r, id: id(r.id) })) })),
    edges: generated.edges.map((e) => ({ ...e, id: id(e.id), source: id(e.source), target: id(e.target) })),
  };
  let seq = 0;
  for (const ops of chartAsOpBatches(chart)) {
    const answer = await postBatch(user, chartId, { clientId: `grow-${prefix}`, seq: ++seq, baseVersion: 0, ops });
    if (answer.results.some((r) => r.status === "refused")) throw new Error("growing the chart: an op was refused");
  }
}
