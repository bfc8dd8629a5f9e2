import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pdfTextByPage } from "../lib/io-node/testing/pdf-text";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = join(root, "node_modules/.bin/tsx");
const dir = mkdtempSync(join(tmpdir(), "orgcheck-io-"));

function orgcheck(args: string[]) {
  const result = spawnSync(tsx, [join(root, "scripts/orgcheck.ts"), ...args], { cwd: root, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ITALIAN = file("personale.csv", "\uFEFFMatricola;Nome;Qualifica;Responsabile;Reparto\nA1;Mario Rossi;Amministratore delegato;;Direzione\nA2;Lucia Neri;CIO;A1;Sistemi informativi\nA3;Paolo Bianchi;CTO;A1;Ingegneria\n");

describe("orgcheck convert / render / report", { timeout: 60_000 }, () => {
  it("convert: CSV → orgchart/v1 with the app's default mapping, and back to our CSV", () => {
    const json = orgcheck(["convert", ITALIAN, "--to", "json"]);
    expect(json.stderr).toBe("");
    expect(json.status).toBe(0);
    const document = JSON.parse(json.stdout.toString("utf8")) as { name: string; nodes: { id: string; kind?: string }[]; edges: { source: string; target: string }[] };
    expect(document.name).toBe("personale");
    expect(document.edges).toContainEqual({ source: "A1", target: "A2" });
    expect(document.nodes.filter((node) => node.kind === "department")).toHaveLength(3);

    const csv = orgcheck(["convert", file("chart.json", json.stdout), "--to", "csv"]);
    expect(csv.status).toBe(0);
    const again = orgcheck(["convert", file("chart.csv", csv.stdout), "--to", "json"]);
    expect(JSON.parse(again.stdout.toString("utf8")).nodes).toEqual(document.nodes);
  });

  it("convert: bad input exits 2 with row and column on stderr and nothing on stdout", () => {
    const run = orgcheck(["convert", file("bad.csv", "ID,Name,Title,Boss ID\n1,Ada,CEO,\n2,Bo,CTO,9\n"), "--to", "json"]);
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain("Row 3, column “Boss ID”: The manager “9” is not in the file.");
  });

  it("render: SVG and PNG of the whole chart", () => {
    const svg = orgcheck(["render", ITALIAN, "--format", "svg"]);
    expect(svg.status).toBe(0);
    expect(svg.stdout.toString("utf8")).toContain("Lucia Neri");
    const out = join(dir, "chart.png");
    expect(orgcheck(["render", ITALIAN, "--format", "png", "-o", out]).status).toBe(0);
    const png = readFileSync(out);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // Three levels of cards side by side: wider than three cards.
    expect(png.readUInt32BE(16)).toBeGreaterThan(3 * 240);
  });

  it("render: the chart as a PDF, one readable page per branch", () => {
    // A director with 10 heads of unit of 9 people each: more than a page holds at a readable size.
    const rows = ["ID,Name,Title,Boss ID", "0,Dora Direttrice,Direttrice,"];
    for (let head = 1; head <= 10; head++) {
      rows.push(`${head},Capo ${head},Capo unità ${head},0`);
      for (let k = 0; k < 9; k++) rows.push(`${head}-${k},Persona ${head}-${k},Addetto ${head}-${k},${head}`);
    }
    const out = join(dir, "chart.pdf");
    const run = orgcheck(["render", file("big.csv", `${rows.join("\n")}\n`), "--format", "pdf", "--lang", "it", "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const pages = pdfTextByPage(readFileSync(out));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]?.[0]).toBe("L'organigramma per rami: panoramica");
    expect(pages.flat()).toEqual(expect.arrayContaining(["Dora Direttrice", "Persona 10-8", "continua a pagina 3"]));
  });

  it("report: Markdown in Italian, PDF with several A4 landscape pages", () => {
    const md = orgcheck(["report", ITALIAN, "--format", "md", "--lang", "it"]);
    expect(md.status).toBe(0);
    expect(md.stdout.toString("utf8")).toContain("# Rapporto dei rilievi: personale");
    const out = join(dir, "report.pdf");
    expect(orgcheck(["report", ITALIAN, "--format", "pdf", "-o", out]).status).toBe(0);
    const pdf = readFileSync(out).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf)?.[1])).toBeGreaterThanOrEqual(4);
  });

  it("refuses a wrong --format", () => {
    const run = orgcheck(["render", ITALIAN, "--format", "gif"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be "svg" or "png" or "pdf", not "gif"');
  });
});
