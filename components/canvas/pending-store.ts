import type { PendingState } from "@/lib/sync/chart-session";

/**
 * The unconfirmed edits of each editor tab, in IndexedDB, so they survive a reload or a crashed
 * tab: a new editor of the same chart adopts the edits of a tab that is gone (its Web Lock is no
 * longer held) and sends them. Failing storage (private mode, no IndexedDB) only loses this
 * safety net, never the session.
 */
const DB_NAME = "orgplan-sync";
const STORE = "pending";

interface Entry {
  key: string;
  chartId: string;
  clientId: string;
  state: PendingState;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if ("oncomplete" in request) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

const lockName = (clientId: string) => `orgplan-tab-${clientId}`;

/** Holds this tab's lock while the page lives: other tabs then know its queue is not orphaned. */
export function holdTabLock(clientId: string): void {
  if (!("locks" in navigator)) return;
  void navigator.locks.request(lockName(clientId), () => new Promise<void>(() => undefined)).catch(() => undefined);
}

export function pendingStore(chartId: string) {
  let writing = Promise.resolve();
  return {
    /** Saves (or, when empty, forgets) this tab's unconfirmed edits; writes stay in order. */
    save(state: PendingState): void {
      const empty = state.inflight === null && state.queued.length === 0;
      const key = `${chartId}:${state.clientId}`;
      writing = writing
        .then(async () => {
          const db = await openDb();
          const tx = db.transaction(STORE, "readwrite");
          if (empty) tx.objectStore(STORE).delete(key);
          else tx.objectStore(STORE).put({ key, chartId, clientId: state.clientId, state } satisfies Entry);
          await done(tx);
          db.close();
        })
        .catch(() => undefined);
    },
    /** The edits of a closed tab on this chart, if any (removed from the store once taken). */
    async takeOrphan(): Promise<PendingState | null> {
      try {
        const held = "locks" in navigator ? new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name)) : new Set<string>();
        const db = await openDb();
        const all = db.transaction(STORE, "readonly").objectStore(STORE).getAll();
        await done(all);
        const orphan = (all.result as Entry[]).find((entry) => entry.chartId === chartId && !held.has(lockName(entry.clientId)));
        if (orphan !== undefined) {
          const tx = db.transaction(STORE, "readwrite");
          tx.objectStore(STORE).delete(orphan.key);
          await done(tx);
        }
        db.close();
        return orphan?.state ?? null;
      } catch {
        return null;
      }
    },
  };
}
