"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportOptions, ImportOutcome } from "@/lib/io/import-file";
import type { ImportWorkerMessage, ImportWorkerRequest } from "./import-worker";

export type ImportStage = { stage: "read" | "parse" | "layout"; count: number } | null;

/**
 * The file the user picked, parsed in a Web Worker with the current choices (delimiter, encoding,
 * mapping); every change of a choice parses again. Only the latest request's answer is kept.
 */
export function useImportPreview() {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [options, setOptions] = useState<ImportOptions>({});
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [stage, setStage] = useState<ImportStage>(null);

  useEffect(() => {
    const created = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
    created.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.id !== latest.current) return;
      if (message.type === "progress") setStage({ stage: message.stage, count: message.count });
      else {
        setStage(null);
        setOutcome(message.outcome);
      }
    };
    worker.current = created;
    return () => created.terminate();
  }, []);

  const run = useCallback((next: { name: string; bytes: Uint8Array }, nextOptions: ImportOptions) => {
    const id = ++latest.current;
    setStage({ stage: "parse", count: next.bytes.byteLength });
    // The worker gets a copy: the page keeps the bytes to send them to the server on import.
    worker.current?.postMessage({ id, bytes: next.bytes.slice(), fileName: next.name, options: nextOptions } satisfies ImportWorkerRequest);
  }, []);

  const pick = useCallback(
    async (picked: File) => {
      setOutcome(null);
      setStage({ stage: "read", count: picked.size });
      const bytes = new Uint8Array(await picked.arrayBuffer());
      const next = { name: picked.name, bytes };
      setFile(next);
      setOptions({});
      run(next, {});
    },
    [run],
  );

  const choose = useCallback(
    (nextOptions: ImportOptions) => {
      setOptions(nextOptions);
      if (file) run(file, nextOptions);
    },
    [file, run],
  );

  return { file, options, outcome, stage, pick, choose };
}
