/**
 * orgcheck: the rules module from the command line (DOMAIN.md §5), for scripts, CI and anyone
 * without a browser.
 *
 *   orgcheck analyze <chart.json> [--json] [--lang it|en]
 *   orgcheck classify [--json]            (one responsibility per line on stdin)
 *
 * Exit status: 0 when it ran (findings or not), 2 on unreadable or invalid input or bad usage,
 * with the reason on stderr.
 */
import { readFile, stat } from "node:fs/promises";
import { parseOrgchart } from "../lib/org/parse-orgchart";
import { analyzeChart, classifyResponsibility, RULES, RULE_IDS, type Finding, type Lang } from "../lib/rules";

const USAGE = `usage:
  orgcheck analyze <chart.json> [--json] [--lang it|en]   judge an orgchart/v1 chart against the document
  orgcheck classify [--json]                              classify responsibilities read from stdin, one per line`;

/** Larger than any chart the format's limits allow; refuses a wrong file before reading it. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

class UsageError extends Error {}
class InputError extends Error {}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => Promise<string>;
}

interface Options {
  json: boolean;
  lang: Lang;
  positional: string[];
}

function parseArguments(args: readonly string[]): Options {
  const options: Options = { json: false, lang: "en", positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") options.json = true;
    else if (arg === "--lang" || arg.startsWith("--lang=")) {
      const value = arg === "--lang" ? args[++i] : arg.slice("--lang=".length);
      if (value !== "it" && value !== "en") throw new UsageError(`--lang must be "it" or "en"${value === undefined ? "" : `, not "${value}"`}`);
      options.lang = value;
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

/** Exactly the fields DOMAIN.md §5 lists, in that order. */
function findingJson(finding: Finding) {
  const { rule, severity, duty, nodes, message, source } = finding;
  return { rule, severity, duty, nodes, message, source: { it: source.it, en: source.en } };
}

function formatFindings(chartName: string, findings: Finding[], lang: Lang): string {
  const it = lang === "it";
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  const infos = findings.length - warnings;
  const lines = [
    it
      ? `${chartName}: ${findings.length} rilievi (${warnings} avvisi, ${infos} informazioni)`
      : `${chartName}: ${findings.length} finding${findings.length === 1 ? "" : "s"} (${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info)`,
  ];
  for (const rule of RULE_IDS) {
    const group = findings.filter((finding) => finding.rule === rule);
    if (group.length === 0) continue;
    const info = RULES[rule];
    lines.push("", `${info.severity.toUpperCase()}  ${rule} · ${info.label[lang]} (${group.length})`);
    for (const finding of group) {
      lines.push(`  • ${finding.message}`);
      if (finding.nodes.length > 0) lines.push(`    ${it ? "nodi" : "nodes"}: ${finding.nodes.join(", ")}`);
      lines.push(`    «${finding.source.it}»`, `    “${finding.source.en}”`);
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
  const findings = analyzeChart(parsed.chart, { lang: options.lang });
  io.stdout(options.json ? `${JSON.stringify({ findings: findings.map(findingJson) }, null, 2)}\n` : formatFindings(parsed.chart.name, findings, options.lang));
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
