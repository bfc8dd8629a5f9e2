import type { SendOutcome, SentBatch, SyncTransport } from "@/lib/sync/chart-session";
import type { BatchAnswer } from "@/lib/sync/protocol";
import type { VersionedChart } from "@/lib/org/types";

/** Browsers refuse keepalive bodies over 64 KiB; a big batch goes as a normal request. */
const KEEPALIVE_MAX_BYTES = 60_000;
/** A request that hangs this long counts as lost; the same batch is sent again (idempotent). */
const SEND_TIMEOUT_MS = 20_000;

/** The editor's transport: POST /api/charts/:id/ops for batches, GET /api/charts/:id to reload. */
export function httpSyncTransport(chartId: string, fetcher: typeof fetch = (...args) => fetch(...args)): SyncTransport {
  const base = `/api/charts/${encodeURIComponent(chartId)}`;
  return {
    async send(batch: SentBatch, { keepalive }): Promise<SendOutcome> {
      const body = JSON.stringify(batch);
      const response = await fetcher(`${base}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        keepalive: keepalive && body.length < KEEPALIVE_MAX_BYTES,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      if (response.ok) {
        const answer = (await response.json()) as Partial<BatchAnswer>;
        if (typeof answer.version !== "number" || !Array.isArray(answer.results)) return { kind: "retry" };
        return { kind: "answer", answer: answer as BatchAnswer };
      }
      if (response.status === 400 || response.status === 413) return { kind: "invalid" };
      if (response.status === 401) return { kind: "signed-out" };
      if (response.status === 403 || response.status === 404) return { kind: "lost", status: response.status };
      // 5xx, 415, 429…: nothing known to be saved; the same batch goes again later.
      return { kind: "retry" };
    },
    async load(): Promise<VersionedChart> {
      const response = await fetcher(base, { cache: "no-store" });
      if (!response.ok) throw new Error(`reload failed: ${response.status}`);
      return ((await response.json()) as { chart: VersionedChart }).chart;
    },
  };
}
