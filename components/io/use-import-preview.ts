"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { importFile, type ImportOptions, type ImportOutcome } from "@/lib/io/import-file";
import { layOutImport } from "@/lib/io/lay-out-import";
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
  /** Where the latest preview was computed: in the worker, or on the page when the worker could not start. */
  const [parsedIn, setParsedIn] = useState<"worker" | "page" | null>(null);

  const pending = useRef<ImportWorkerRequest | null>(null);

  /** Without a worker (blocked by a policy, or failed to load) the page parses, after painting its progress. */
  const runHere = useCallback((request: ImportWorkerRequest) => {
    window.setTimeout(() => {
      const decoder = new TextDecoder("windows-1252");
      const outcome = importFile(request.bytes, request.fileName, request.options, (legacy) => decoder.decode(legacy));
      if (outcome.result.ok) outcome.result = { ...outcome.result, chart: layOutImport(outcome.result.chart) };
      if (request.id !== latest.current) return;
      setStage(null);
      setParsedIn("page");
      setOutcome(outcome);
    }, 30);
  }, []);

  useEffect(() => {
    let created: Worker;
    try {
      created = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
    } catch {
      return;
    }
    created.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.id !== latest.current) return;
      if (message.type === "progress") setStage({ stage: message.stage, count: message.count });
      else {
        pending.current = null;
        setStage(null);
        setParsedIn("worker");
        setOutcome(message.outcome);
      }
    };
    created.onerror = () => {
      worker.current = null;
      created.terminate();
      if (pending.current) runHere(pending.current);
    };
    worker.current = created;
    return () => created.terminate();
  }, [runHere]);

  const run = useCallback(
    (next: { name: string; bytes: Uint8Array }, nextOptions: ImportOptions) => {
      const id = ++latest.current;
      setStage({ stage: "parse", count: next.bytes.byteLength });
      // The worker gets a copy: the page keeps the bytes to send them to the server on import.
      const request: ImportWorkerRequest = { id, bytes: next.bytes.slice(), fileName: next.name, options: nextOptions };
      pending.current = request;
      if (worker.current) worker.current.postMessage(request);
      else runHere(request);
    },
    [runHere],
  );

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

  return { file, options, outcome, stage, parsedIn, pick, choose };
}
