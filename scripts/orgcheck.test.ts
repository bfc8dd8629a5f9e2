import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const examples = join(root, "lib/rules/fixtures/examples");
const tsx = join(root, "node_modules/.bin/tsx");

/** Runs the CLI the way scripts do, in a child process. */
function orgcheck(args: string[], stdin = "") {
  const result = spawnSync(tsx, [join(root, "scripts/orgcheck.ts"), ...args], { input: stdin, encoding: "utf8", cwd: root, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  rule: string;
  severity: string;
  duty: string | null;
  nodes: string[];
  message: string;
  source: { it: string; en: string };
}

function findingsOf(file: string): JsonFinding[] {
  const run = orgcheck(["analyze", join(examples, file), "--json"]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

const structural = (findings: JsonFinding[]) => findings.filter((finding) => finding.rule !== "gap").map((finding) => `${finding.rule} ${finding.duty ?? "-"} ${finding.nodes.join(",")}`);
const gapCount = (findings: JsonFinding[]) => findings.filter((finding) => finding.rule === "gap").length;

describe("orgcheck analyze", { timeout: 60_000 }, () => {
  it("acme-spa.json: overlap on technology vendors, gaps for the 8 duties nobody holds, no structure findings", () => {
    const findings = findingsOf("acme-spa.json");
    expect(structural(findings)).toEqual(["overlap cio.technology-vendors cio,cto"]);
    expect(gapCount(findings)).toBe(8);
    // The documented fields, in order, then the fixes and the acknowledgement (issue 11).
    expect(Object.keys(findings[0] as object)).toEqual(["rule", "severity", "duty", "nodes", "message", "source", "fixes", "acknowledged"]);
  });

  it("startup.json: combined role; the CEO's customer focus raises nothing; gaps for the rest", () => {
    const findings = findingsOf("startup.json");
    expect(structural(findings)).toEqual(["combined-role - cxo"]);
    expect(findings.some((finding) => finding.duty === "cto.customer-focus")).toBe(false);
    expect(gapCount(findings)).toBe(12);
  });

  it("it-under-cto.json: the IT department under the CTO; the dotted line changes nothing", () => {
    const findings = findingsOf("it-under-cto.json");
    expect(structural(findings)).toEqual(["it-department-under-cto - itops"]);
    expect(gapCount(findings)).toBe(12);
  });

  it("prints readable, grouped findings, in Italian on request", () => {
    const run = orgcheck(["analyze", join(examples, "acme-spa.json"), "--lang", "it"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Acme S\.p\.A\.: 9 rilievi/);
    expect(run.stdout).toContain("WARNING  overlap");
    expect(run.stdout).toContain("nodi: cio, cto");
    expect(run.stdout).toContain("«si occupa anche di fornitori");
    expect(run.stdout).toContain("Nessuno nell'organigramma");
  });

  it("exits 2 with the reason on stderr for unreadable or invalid input", () => {
    const missing = orgcheck(["analyze", join(examples, "missing.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*missing\.json/);
    expect(missing.stdout).toBe("");

    const dir = mkdtempSync(join(tmpdir(), "orgcheck-"));
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const broken = orgcheck(["analyze", join(dir, "broken.json"), "--json"]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);

    writeFileSync(join(dir, "cycle.json"), JSON.stringify({ format: "orgchart/v1", name: "x", nodes: [{ id: "a", title: "A" }, { id: "b", title: "B" }], edges: [{ source: "a", target: "b" }, { source: "b", target: "a" }] }));
    const cycle = orgcheck(["analyze", join(dir, "cycle.json")]);
    expect(cycle.status).toBe(2);
    expect(cycle.stderr).toMatch(/not a valid orgchart\/v1 chart:\n {2}edges: The reporting lines form a cycle/);
  });

  it("exits 2 on bad usage", () => {
    for (const args of [[], ["frobnicate"], ["analyze"], ["analyze", "x.json", "--lang", "fr"], ["classify", "--verbose"]]) {
      const run = orgcheck(args);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(/usage:/);
    }
  });
});

describe("orgcheck classify", { timeout: 60_000 }, () => {
  it("prints one JSON object per input line, in order", () => {
    const run = orgcheck(
      ["classify", "--json"],
      "Gestire le operazioni IT\nElaborare le buste paga\r\n\nDesign our cloud architecture\nRun IT operations and negotiate with our cloud vendors\n",
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { text: string; duty: string | null; duties: string[]; confidence: number; why: string[] });
    expect(lines.map((line) => [line.text, line.duty, line.duties])).toEqual([
      ["Gestire le operazioni IT", "cio.it-operations", ["cio.it-operations"]],
      ["Elaborare le buste paga", null, []],
      ["", null, []],
      ["Design our cloud architecture", "cto.infrastructure-architecture", ["cto.infrastructure-architecture"]],
      ["Run IT operations and negotiate with our cloud vendors", "cio.it-operations", ["cio.it-operations", "cio.technology-vendors"]],
    ]);
    expect(Object.keys(lines[0] as object)).toEqual(["text", "duty", "duties", "confidence", "why"]);
    expect(lines[0]?.why.length).toBeGreaterThan(0);
  });

  it("prints a readable line per input line without --json", () => {
    const run = orgcheck(["classify"], "Lead engineering");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Lead engineering\t→ cto\.engineering-department \(0\.\d\d\)/);
    const compound = orgcheck(["classify"], "Gestione infrastruttura, fornitori e formazione utenti");
    expect(compound.stdout).toMatch(/\t→ cio\.infrastructure-management \+ cio\.technology-vendors \+ cio\.user-access-training \(/);
  });
});

describe("orgcheck analyze: fixes and acknowledgements", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "orgcheck-ack-"));
  const chart = {
    format: "orgchart/v1",
    name: "Ack",
    nodes: [
      { id: "cio", title: "CIO", responsibilities: [{ text: "Cloud vendors", duty: "cio.technology-vendors" }] },
      { id: "cto", title: "CTO", responsibilities: [{ text: "Cloud vendors", duty: "cio.technology-vendors" }] },
    ],
    edges: [],
  };
  // Every warning but the overlap is a gap; acknowledging them all leaves no open warning.
  const gapDuties = [
    "cio.infrastructure-management", "cio.communications-upkeep", "cio.it-operations", "cio.efficiency",
    "cio.user-access-training", "cio.profit-strategy", "cio.it-department", "cto.infrastructure-architecture",
    "cto.communication-systems", "cto.engineering-department", "cto.product-technology", "cto.customer-focus",
    "cto.product-vendors", "cto.product-portfolio",
  ];
  const by = { reason: "Kept until Q3", by: "Anna", at: "2026-11-29T10:00:00Z" };
  const overlapAck = { rule: "overlap", duty: "cio.technology-vendors", nodes: ["cio", "cto"], ...by };
  const write = (name: string, acknowledgements: object[]) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify({ ...chart, acknowledgements }));
    return path;
  };
  const partly = write("partly.json", [overlapAck]);
  const fully = write("fully.json", [overlapAck, ...gapDuties.map((duty) => ({ rule: "gap", duty, nodes: [], ...by }))]);

  it("gives each finding its fixes, labelled in --lang, with their ops", () => {
    const run = orgcheck(["analyze", partly, "--json", "--lang", "it"]);
    expect(run.status).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: (JsonFinding & { fixes: { id: string; label: string; ops: unknown[] }[] })[] };
    const overlap = findings.find((finding) => finding.rule === "overlap");
    expect(overlap?.fixes.map((fix) => fix.id)).toEqual(["remove-other-side", "relabel-other-side"]);
    expect(overlap?.fixes[0]?.label).toBe('Tieni «Fornitori di tecnologia» nel ramo del CIO: toglila da "CTO"');
    expect(overlap?.fixes[0]?.ops).toEqual([{ type: "setResponsibilities", nodeId: "cto", responsibilities: [] }]);
  });

  it("counts acknowledged findings apart and exits 0 either way", () => {
    const run = orgcheck(["analyze", partly, "--json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { counts: Record<string, number>; findings: { rule: string; acknowledged: unknown }[] };
    expect(out.counts).toEqual({ findings: 14, warnings: 14, info: 0, acknowledged: 1, openWarnings: 14 });
    expect(out.findings.find((finding) => finding.rule === "overlap")?.acknowledged).toEqual({ reason: "Kept until Q3", by: "Anna", at: "2026-11-29T10:00:00Z" });
    const text = orgcheck(["analyze", partly]);
    expect(text.stdout).toMatch(/^Ack: 14 findings \(14 warnings, 0 info\); 1 acknowledged\n/);
    expect(text.stdout).toContain("ACKNOWLEDGED (1)\n");
  });

  it("--fail-on warning exits 1 while an unacknowledged warning remains, 0 once none does", () => {
    expect(orgcheck(["analyze", partly, "--fail-on", "warning"]).status).toBe(1);
    expect(orgcheck(["analyze", fully, "--fail-on=warning"]).status).toBe(0);
    expect(orgcheck(["analyze", partly, "--fail-on", "info"]).status).toBe(2);
  });
});
