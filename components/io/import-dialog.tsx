"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { CSV_FIELDS, MANAGER_KEYS, type CsvField, type CsvMapping } from "@/lib/io/csv-mapping";
import { describeImportProblems } from "@/lib/io/describe-import-problem";
import type { ImportOptions } from "@/lib/io/import-file";
import { IMPORT_LIMITS } from "@/lib/io/import-limits";
import type { CsvDelimiter } from "@/lib/io/parse-csv-table";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { CHART_LIMITS } from "@/lib/org/limits";
import type { Chart } from "@/lib/org/types";
import { useImportPreview } from "./use-import-preview";
import "./io.css";

export type ImportTarget =
  | { kind: "new"; onImport: (file: { bytes: Uint8Array<ArrayBuffer>; fileName: string; options: ImportOptions; name: string }) => Promise<string[] | null> }
  | { kind: "replace"; currentCount: number; onReplace: (chart: Chart) => string | null };

const DELIMITER_LABELS = { ",": "io.import.delimiter.comma", ";": "io.import.delimiter.semicolon", "\t": "io.import.delimiter.tab" } as const;

/**
 * Pick a file, see what it will become (detected columns, the first rows, department nodes, every
 * problem with its row and column), change any mapping, then import — as a new chart, or in place
 * of this chart's content after an explicit confirmation.
 */
export function ImportDialog({ locale, target, onClose }: { locale: Locale; target: ImportTarget; onClose: () => void }) {
  const t = useMemo(() => translator(locale), [locale]);
  const dialog = useRef<HTMLDialogElement>(null);
  const { file, options, outcome, stage, parsedIn, pick, choose } = useImportPreview();
  /** null until the user types: the name then follows the file (or the JSON's own name). */
  const [typedName, setName] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverProblems, setServerProblems] = useState<string[] | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  const csv = outcome?.csv ?? null;
  const result = outcome?.result ?? null;
  const problems = result && !result.ok ? describeImportProblems(result.problems, locale) : (serverProblems ?? []);
  const chart = result?.ok ? result.chart : null;
  const name = typedName ?? chart?.name ?? "";
  const busy = stage !== null || saving;
  const canSubmit = chart !== null && !busy && problems.length === 0 && (target.kind === "new" ? name.trim() !== "" : confirmed);

  const setMapping = (mapping: CsvMapping) => choose({ ...options, delimiter: csv?.delimiter, encoding: csv?.encoding, mapping });
  const fieldOf = (column: number): CsvField | undefined => (csv ? CSV_FIELDS.find((field) => csv.mapping.columns[field] === column) : undefined);

  async function submit() {
    if (!chart || !file || !outcome) return;
    setServerProblems(null);
    if (target.kind === "replace") {
      const error = target.onReplace(chart);
      if (error !== null) setServerProblems([t("io.import.failed", { message: error })]);
      else onClose();
      return;
    }
    setSaving(true);
    // The server parses the same bytes with the same choices: what was previewed is what is saved.
    const chosen: ImportOptions = { ...options, format: outcome.format, ...(csv ? { delimiter: csv.delimiter, encoding: csv.encoding, mapping: csv.mapping } : {}) };
    const refused = await target.onImport({ bytes: file.bytes, fileName: file.name, options: chosen, name: name.trim() });
    setSaving(false);
    if (refused !== null) setServerProblems(refused);
  }

  return (
    <dialog
      ref={dialog}
      className="io-dialog"
      data-testid="import-dialog"
      data-parsed-in={parsedIn ?? undefined}
      aria-labelledby="io-import-heading"
      onCancel={(event) => {
        event.preventDefault();
        if (!saving) onClose();
      }}
    >
      <h2 id="io-import-heading">{target.kind === "new" ? t("io.import.title") : t("io.import.titleReplace")}</h2>
      <label className="io-field">
        <span>{t("io.import.file")}</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".csv,.tsv,.txt,.json,text/csv,application/json"
          disabled={busy}
          onChange={(event) => {
            const picked = event.target.files?.[0];
            setServerProblems(null);
            setName(null);
            if (picked) void pick(picked);
          }}
        />
        <small className="io-muted">{t("io.import.limits", { rows: IMPORT_LIMITS.rows, megabytes: IMPORT_LIMITS.bytes / 1024 / 1024 })}</small>
      </label>

      {(stage !== null || saving) && (
        <div className="io-progress" role="status" data-testid="import-progress">
          <progress />
          <span>
            {saving
              ? t("io.import.stage.save")
              : stage?.stage === "read"
                ? t("io.import.stage.read")
                : stage?.stage === "parse"
                  ? t("io.import.stage.parse", { rows: csv?.rowCount ?? "…" })
                  : t("io.import.stage.layout", { nodes: stage?.count ?? 0 })}
          </span>
        </div>
      )}

      {csv && (
        <section className="io-mapping" aria-label={t("io.import.mapping")}>
          <div className="io-row">
            <label>
              {t("io.import.delimiter")}{" "}
              <select
                data-testid="import-delimiter"
                value={csv.delimiter}
                disabled={busy}
                onChange={(event) => choose({ encoding: csv.encoding, delimiter: event.target.value as CsvDelimiter })}
              >
                {(Object.keys(DELIMITER_LABELS) as CsvDelimiter[]).map((delimiter) => (
                  <option key={delimiter} value={delimiter}>
                    {t(DELIMITER_LABELS[delimiter])}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("io.import.encoding")}{" "}
              <select
                data-testid="import-encoding"
                value={csv.encoding}
                disabled={busy}
                onChange={(event) => choose({ ...options, delimiter: csv.delimiter, encoding: event.target.value as "utf-8" | "windows-1252", mapping: csv.mapping })}
              >
                <option value="utf-8">UTF-8</option>
                <option value="windows-1252">Windows-1252</option>
              </select>
            </label>
            <span className="io-muted">{t("io.import.rowCount", { count: csv.rowCount })}</span>
          </div>
          <h3>{t("io.import.mapping")}</h3>
          <p className="io-muted">{t("io.import.mappingHelp")}</p>
          <div className="io-grid">
            {CSV_FIELDS.filter((field) => csv.mapping.orgplan || (field !== "role" && field !== "kind")).map((field) => (
              <label key={field}>
                <span>{t(`io.import.field.${field}`)}</span>
                <select
                  data-testid={`map-${field}`}
                  value={csv.mapping.columns[field] ?? ""}
                  disabled={busy}
                  onChange={(event) =>
                    setMapping({ ...csv.mapping, columns: { ...csv.mapping.columns, [field]: event.target.value === "" ? null : Number(event.target.value) } })
                  }
                >
                  <option value="">{t("io.import.none")}</option>
                  {csv.header.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `#${index + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label>
              <span>{t("io.import.managerKey")}</span>
              <select
                data-testid="map-manager-key"
                value={csv.mapping.managerKey}
                disabled={busy}
                onChange={(event) => setMapping({ ...csv.mapping, managerKey: event.target.value as CsvMapping["managerKey"] })}
              >
                {MANAGER_KEYS.map((key) => (
                  <option key={key} value={key}>
                    {t(`io.import.managerKey.${key}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <h3>{t("io.import.preview")}</h3>
          <div className="io-table-box">
            <table className="io-table" data-testid="import-preview">
              <thead>
                <tr>
                  <th>#</th>
                  {csv.header.map((header, index) => {
                    const field = fieldOf(index);
                    return (
                      <th key={index}>
                        {header}
                        {field && <span className="io-tag">{t(`io.import.field.${field}`)}</span>}
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {csv.records.map((record) => (
                  <tr key={record.row}>
                    <td className="io-muted">{record.row}</td>
                    {csv.header.map((_, index) => (
                      <td key={index}>{record.cells[index] ?? ""}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {result?.ok && result.departments.length > 0 && (
        <section className="io-departments" data-testid="import-departments">
          <p>{t("io.import.departments")}</p>
          <ul>
            {result.departments.slice(0, 12).map((department) => {
              const head = result.chart.nodes.find((node) => node.id === department.headId);
              return <li key={department.id}>{t("io.import.departmentLine", { name: department.name, head: head?.person ?? head?.title ?? "", members: department.members })}</li>;
            })}
            {result.departments.length > 12 && <li>…</li>}
          </ul>
        </section>
      )}

      {problems.length > 0 && (
        <section className="io-problems" role="alert" data-testid="import-problems">
          <strong>{t("io.import.problems", { count: result && !result.ok ? result.problems.length : problems.length })}</strong>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </section>
      )}

      {chart && problems.length === 0 && (
        <p className="io-ready" data-testid="import-ready">
          {t("io.import.ready", { people: chart.nodes.length, lines: chart.edges.length })}
        </p>
      )}

      {chart && target.kind === "new" && (
        <label className="io-field">
          <span>{t("io.import.name")}</span>
          <input type="text" data-testid="import-name" value={name} maxLength={CHART_LIMITS.chartName} onChange={(event) => setName(event.target.value)} />
        </label>
      )}
      {chart && target.kind === "replace" && (
        <label className="io-check">
          <input type="checkbox" data-testid="import-confirm" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <span>{t("io.import.confirmReplace", { count: target.currentCount })}</span>
        </label>
      )}

      <div className="io-actions">
        <button type="button" className="button" data-testid="import-submit" disabled={!canSubmit} onClick={() => void submit()}>
          {target.kind === "new" ? t("io.import.submitNew") : t("io.import.submitReplace")}
        </button>
        <button type="button" className="button secondary" data-testid="import-cancel" disabled={saving} onClick={onClose}>
          {t("io.import.cancel")}
        </button>
      </div>
    </dialog>
  );
}
