/**
 * orgcheck: the rules module from the command line (DOMAIN.md §5), for scripts, CI and anyone
 * without a browser.
 *
 *   orgcheck analyze <chart.json> [--json] [--lang it|en] [--fail-on warning]
 *   orgcheck classify [--json]            (one responsibility per line on stdin)
 *   orgcheck convert <file.csv|file.json> --to json|csv
 *   orgcheck report <chart> --format md|html|pdf [--lang it|en] [-o FILE]
 *   orgcheck render <chart> --format svg|png|pdf [--lang it|en] [-o FILE]
 *
 * Exit status: 0 when it ran (findings or not, acknowledged or not); with `--fail-on warning`,
 * 1 when a warning nobody acknowledged remains (for CI); 2 on unreadable or invalid input or bad
 * usage, with the reason on stderr.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { buildReport } from "../lib/io/build-report";
import { chartToCsv } from "../lib/io/chart-to-csv";
import { chartToSvg } from "../lib/io/chart-to-svg";
import { describeImportProblems } from "../lib/io/describe-import-problem";
import { flagCards } from "../lib/io/flag-cards";
import { importFile } from "../lib/io/import-file";
import { IMPORT_LIMITS } from "../lib/io/import-limits";
import { renderReportHtml } from "../lib/io/render-report-html";
import { renderReportMarkdown } from "../lib/io/render-report-markdown";
import { decodeWindows1252 } from "../lib/io-node/decode-windows-1252";
import { renderChartPdf } from "../lib/io-node/render-chart-pdf";
import { renderChartPng } from "../lib/io-node/render-png";
import { renderReportPdf } from "../lib/io-node/render-report-pdf";
import { translator } from "../lib/i18n/translate";
import { parseOrgchart } from "../lib/io/parse-orgchart";
import { serializeOrgchart } from "../lib/io/serialize-orgchart";
import {
  analyzeChart,
  classifyResponsibility,
  describeFix,
  fixContext,
  judgeFindings,
  offerFixesIn,
  RULES,
  RULE_IDS,
  type Acknowledgement,
  type JudgedFinding,
  type Lang,
} from "../lib/rules";
import type { Chart } from "../lib/org/types";

const USAGE = `usage:
  orgcheck analyze <chart.json> [--json] [--lang it|en] [--fail-on warning]
                                                          judge an orgchart/v1 chart against the document;
                                                          --fail-on warning: exit 1 if an unacknowledged warning remains
  orgcheck classify [--json]                              classify responsibilities read from stdin, one per line
  orgcheck convert <file.csv|file.json> --to json|csv     print the chart converted (CSV columns detected as in the app)
  orgcheck report <chart> --format md|html|pdf [--lang it|en] [-o FILE]   the findings report
  orgcheck render <chart> --format svg|png|pdf [--lang it|en] [-o FILE]
                                                          a picture of the whole chart; pdf: one readable page per branch`;

/** Larger than any chart the format's limits allow; refuses a wrong file before reading it. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

class UsageError extends Error {}
class InputError extends Error {}

interface Io {
  stdout: (text: string | Uint8Array) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
}

interface Options {
  json: boolean;
  lang: Lang;
  failOnWarning: boolean;
  positional: string[];
  to?: string;
  format?: string;
  output?: string;
}

function parseArguments(args: readonly string[]): Options {
  const options: Options = { json: false, lang: "en", failOnWarning: false, positional: [] };
  const valueOf = (arg: string, name: string, i: number): [string, number] => {
    if (arg === name) {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      return [value, i + 1];
    }
    return [arg.slice(name.length + 1), i];
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") options.json = true;
    else if (arg === "--to" || arg.startsWith("--to=")) [options.to, i] = valueOf(arg, "--to", i);
    else if (arg === "--format" || arg.startsWith("--format=")) [options.format, i] = valueOf(arg, "--format", i);
    else if (arg === "-o" || arg === "--output" || arg.startsWith("--output=")) [options.output, i] = valueOf(arg, arg === "-o" ? "-o" : "--output", i);
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
      if (value !== "it" && value !== "en") throw new UsageError(`--lang must be "it" or "en"${value === undefined ? "" : `, not "${value}"`}`);
      options.lang = value;
    } else if (arg === "--fail-on" || arg.startsWith("--fail-on=")) {
      const value = arg === "--fail-on" ? args[++i] : arg.slice("--fail-on=".length);
      if (value !== "warning") throw new UsageError(`--fail-on takes "warning"${value === undefined ? "" : `, not "${value}"`}`);
      options.failOnWarning = true;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option ${arg}`);
    else options.positional.push(arg);
  }
  return options;
}

async function readChartFile(path: string): Promise<unknown> {
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path} is not a file`);
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`${path} is too large (${info.size} bytes; at most ${MAX_INPUT_BYTES})`);
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The fields DOMAIN.md §5 lists, in that order, then the fixes the document implies (labels in
 * --lang) and the team's acknowledgement, if any.
 */
function findingJson({ finding, acknowledgement }: JudgedFinding, fixes: ReturnType<typeof offerFixesIn>, chart: Chart, lang: Lang) {
  const { rule, severity, duty, nodes, message, source } = finding;
  return {
    rule,
    severity,
    duty,
    nodes,
    message,
    source: { it: source.it, en: source.en },
    fixes: fixes.map((fix) => ({ id: fix.id, label: describeFix(fix.label, chart, lang), ops: fix.ops })),
    acknowledged: acknowledgement === null ? null : { reason: acknowledgement.reason, by: acknowledgement.by, at: acknowledgement.at },
  };
}

interface Counts {
  findings: number;
  warnings: number;
  info: number;
  acknowledged: number;
  /** Warnings nobody acknowledged: what --fail-on warning looks at. */
  openWarnings: number;
}

function countFindings(judged: readonly JudgedFinding[]): Counts {
  const open = judged.filter((entry) => entry.acknowledgement === null);
  const warnings = open.filter((entry) => entry.finding.severity === "warning").length;
  return {
    findings: open.length,
    warnings,
    info: open.length - warnings,
    acknowledged: judged.length - open.length,
    openWarnings: warnings,
  };
}

function formatFindings(chartName: string, judged: readonly JudgedFinding[], counts: Counts, lang: Lang): string {
  const t = translator(lang);
  const { findings, warnings, info: infos, acknowledged } = counts;
  const lines = [
    t("orgcheck.summary", {
      name: chartName,
      findings: t(findings === 1 ? "orgcheck.findings.one" : "orgcheck.findings.other", { count: findings }),
      warnings: t(warnings === 1 ? "orgcheck.warnings.one" : "orgcheck.warnings.other", { count: warnings }),
      info: infos,
      acknowledged: acknowledged === 0 ? "" : t("orgcheck.acknowledged", { count: acknowledged }),
    }),
  ];
  const open = judged.filter((entry) => entry.acknowledgement === null).map((entry) => entry.finding);
  for (const rule of RULE_IDS) {
    const group = open.filter((finding) => finding.rule === rule);
    if (group.length === 0) continue;
    const info = RULES[rule];
    lines.push("", `${info.severity.toUpperCase()}  ${rule} · ${info.label[lang]} (${group.length})`);
    for (const finding of group) {
      lines.push(`  • ${finding.message}`);
      if (finding.nodes.length > 0) lines.push(`    ${t("orgcheck.nodes")}: ${finding.nodes.join(", ")}`);
      lines.push(`    «${finding.source.it}»`, `    “${finding.source.en}”`);
    }
  }
  const kept = judged.filter((entry) => entry.acknowledgement !== null);
  if (kept.length > 0) {
    lines.push("", `${t("orgcheck.acknowledgedHeading")} (${kept.length})`);
    for (const { finding, acknowledgement } of kept) {
      lines.push(`  • ${finding.message}`, `    ${acknowledgement?.by}, ${acknowledgement?.at}: ${acknowledgement?.reason}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

async function analyze(options: Options, io: Io): Promise<number> {
  const [path, ...extra] = options.positional;
  if (path === undefined) throw new UsageError("analyze needs a chart file");
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  const parsed = parseOrgchart(await readChartFile(path));
  if (!parsed.ok) {
    const details = parsed.errors.map((error) => `  ${error.path === "" ? "(document)" : error.path}: ${error.message}`);
    throw new InputError(`${path} is not a valid orgchart/v1 chart:\n${details.join("\n")}`);
  }
  const { chart } = parsed;
  const findings = analyzeChart(chart, { lang: options.lang });
  const judged = judgeFindings<Acknowledgement>(findings, parsed.acknowledgements);
  const counts = countFindings(judged);
  if (options.json) {
    // Fixes write new responsibilities in --lang, like their labels.
    const context = fixContext(chart, { lang: options.lang });
    const out = judged.map((entry) => findingJson(entry, offerFixesIn(context, entry.finding), chart, options.lang));
    io.stdout(`${JSON.stringify({ findings: out, counts }, null, 2)}\n`);
  } else {
    io.stdout(formatFindings(chart.name, judged, counts, options.lang));
  }
  return options.failOnWarning && counts.openWarnings > 0 ? 1 : 0;
}

/** Reads a chart from an orgchart/v1 or CSV file, exactly as the app's import does. */
async function readImportable(path: string): Promise<Chart> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path} is not a file`);
    if (info.size > IMPORT_LIMITS.bytes) throw new InputError(`${path} is too large (${info.size} bytes; at most ${IMPORT_LIMITS.bytes})`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const outcome = importFile(bytes, path, {}, decodeWindows1252);
  if (!outcome.result.ok) throw new InputError(`${path} cannot be imported:\n${describeImportProblems(outcome.result.problems, "en").map((line) => `  ${line}`).join("\n")}`);
  return outcome.result.chart;
}

function onlyOne(options: Options, command: string): string {
  const [path, ...extra] = options.positional;
  if (path === undefined) throw new UsageError(`${command} needs a chart file`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${extra[0]}`);
  return path;
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} must be ${allowed.map((entry) => `"${entry}"`).join(" or ")}${value === undefined ? "" : `, not "${value}"`}`);
  }
  return value as T;
}

async function emit(options: Options, io: Io, content: string | Uint8Array): Promise<void> {
  if (options.output === undefined) io.stdout(content);
  else await writeFile(options.output, content);
}

async function convert(options: Options, io: Io): Promise<number> {
  const path = onlyOne(options, "convert");
  const to = choice(options.to, ["json", "csv"] as const, "--to");
  const chart = await readImportable(path);
  await emit(options, io, to === "json" ? `${JSON.stringify(serializeOrgchart(chart), null, 2)}\n` : chartToCsv(chart));
  return 0;
}

async function report(options: Options, io: Io): Promise<number> {
  const path = onlyOne(options, "report");
  const format = choice(options.format, ["md", "html", "pdf"] as const, "--format");
  const chart = await readImportable(path);
  const built = buildReport(chart, options.lang, new Date());
  await emit(options, io, format === "md" ? renderReportMarkdown(built) : format === "html" ? renderReportHtml(built) : await renderReportPdf(built, chart));
  return 0;
}

async function render(options: Options, io: Io): Promise<number> {
  const path = onlyOne(options, "render");
  const format = choice(options.format, ["svg", "png", "pdf"] as const, "--format");
  const chart = await readImportable(path);
  if (format === "pdf") await emit(options, io, await renderChartPdf(chart, options.lang, flagCards(analyzeChart(chart, { lang: options.lang }))));
  else await emit(options, io, format === "svg" ? `${chartToSvg(chart).svg}\n` : renderChartPng(chart).png);
  return 0;
}

async function classify(options: Options, io: Io): Promise<number> {
  if (options.positional.length > 0) throw new UsageError(`unexpected argument ${options.positional[0]}`);
  const input = await io.stdin();
  const lines = input.split(/\r?\n/);
  // A final newline ends the last line; it does not start an empty one.
  if (lines[lines.length - 1] === "") lines.pop();
  const out: string[] = [];
  for (const text of lines) {
    const { duty, duties, confidence, why } = classifyResponsibility(text);
    out.push(
      options.json
        ? JSON.stringify({ text, duty, duties, confidence, why })
        : `${text}\t→ ${duties.length > 0 ? duties.join(" + ") : "(no duty)"} (${confidence.toFixed(2)})${why.length > 0 ? `  ${why.join("; ")}` : ""}`,
    );
  }
  io.stdout(out.length === 0 ? "" : `${out.join("\n")}\n`);
  return 0;
}

export async function main(args: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      (command === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    const options = parseArguments(rest);
    if (command === "analyze") return await analyze(options, io);
    if (command === "classify") return await classify(options, io);
    if (command === "convert") return await convert(options, io);
    if (command === "report") return await report(options, io);
    if (command === "render") return await render(options, io);
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`orgcheck: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`orgcheck: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: readStdin,
});
