/**
 * Import and export at scale: `npm run bench -- io`.
 *
 *   io.import.csv.10000        parse, validate, lay out and save a 10,000-row CSV through the data layer (SQLite)
 *   io.export.png.2000         SVG drawn from the layout and rasterised by resvg, 2,000 cards
 *   io.export.png.2000.rss     the process's peak resident memory after those renders
 *   io.export.png.10000 / .rss the same for 10,000 cards (see the note printed with it)
 *   io.export.pdf.10000 / .rss the findings report PDF of the 10,000-card chart (its chart paged by branch)
 *   io.export.chartpdf.10000 / .rss  the chart alone as a PDF, an overview and one readable page per branch
 *
 * Each figure is the median after a warm-up. Targets (issue 9): import under 3 s, PNG of 2,000
 * cards under 5 s and 600 MB; the paged chart PDF of 10,000 cards under 10 s and 800 MB. IO_BENCH=import (or =pictures) runs only that half.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { buildReport } from "../lib/io/build-report";
import { chartToSvg } from "../lib/io/chart-to-svg";
import { flagCards } from "../lib/io/flag-cards";
import { layOutImport } from "../lib/io/lay-out-import";
import { renderChartPng } from "../lib/io-node/render-png";
import { renderChartPdf } from "../lib/io-node/render-chart-pdf";
import { renderReportPdf } from "../lib/io-node/render-report-pdf";
import { createNode } from "../lib/org/gestures";
import type { Chart, OrgNode } from "../lib/org/types";
import { analyzeChart } from "../lib/rules";
import { importChart } from "../lib/server/data/import-chart";
import { createOrganization } from "../lib/server/data/organizations";
import { createUser } from "../lib/server/data/users";
import { createTestDatabase } from "../lib/server/testing/test-database";
import { generateOrgTree } from "./lib/generate-org-tree";
import { seededRandom } from "./lib/random";
import { median, printBench } from "./lib/stats";

const DEPARTMENTS = ["Direzione", "Sistemi informativi", "Ingegneria", "Vendite", "Marketing", "Amministrazione", "Logistica", "Produzione", "Qualità", "Risorse umane", "Acquisti", "Legale"];
const TITLES = ["Responsabile", "Analista", "Sviluppatore", "Sistemista", "Tecnico", "Impiegato", "Coordinatore", "Specialista"];

function generateChart(size: number, seed = 7): Chart {
  const random = seededRandom(seed);
  const node = (i: number): OrgNode =>
    createNode({
      id: `n${i}`,
      title: `${TITLES[i % TITLES.length]} ${i} – qualità`,
      person: `Persona ${i} Àèìòù`,
      responsibilities: i % 5 === 0 ? [{ id: `r${i}`, text: "Gestire i fornitori di tecnologia" }] : [],
    });
  return generateOrgTree(size, "Bench", { random, node, manages: () => random() < 0.35 });
}

/** The same organisation as an Italian HR export: semicolons, BOM, manager by Matricola, a department column. */
function hrCsv(chart: Chart): string {
  const managerOf = new Map(chart.edges.map((edge) => [edge.target, edge.source]));
  const lines = ["\uFEFFMatricola;Nome;Qualifica;Responsabile;Reparto;Responsabilità"];
  chart.nodes.forEach((node, i) => {
    const text = node.responsibilities.map((r) => r.text).join("; ");
    lines.push([node.id, node.person ?? "", `"${node.title}"`, managerOf.get(node.id) ?? "", DEPARTMENTS[i % DEPARTMENTS.length], text].join(";"));
  });
  return `${lines.join("\r\n")}\r\n`;
}

/** Peak resident memory of this process since the last settle() (Linux VmHWM), in MB. */
function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return match ? Number(match[1]) / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

// resvg's pictures live outside V8's heap, so V8 does not hurry to collect them (thx/resvg-js#216):
// back to back, each run would also count the last one's uncollected pixels. A server's exports
// are separate requests; each run here starts from a collected heap, as they would in time.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
async function settle(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 20));
  collectGarbage();
  // Resets VmHWM to the current resident size.
  writeFileSync("/proc/self/clear_refs", "5");
}

/** Median time and the highest peak memory over `runs` renders after `warmups`, each from a settled heap. */
async function measure<T>(runs: number, warmups: number, render: () => T | Promise<T>): Promise<{ ms: number; peakMb: number; last: T }> {
  const times: number[] = [];
  let peakMb = 0;
  let last: T | undefined;
  for (let i = 0; i < runs + warmups; i++) {
    await settle();
    const start = performance.now();
    last = await render();
    if (i < warmups) continue;
    times.push(performance.now() - start);
    peakMb = Math.max(peakMb, peakRssMb());
  }
  return { ms: median(times), peakMb, last: last as T };
}

const only = process.env.IO_BENCH;

// Pictures first, so the peak memory figures are the renderer's, not the database's.
if (only !== "import") await pictures();
if (only !== "pictures") await importCsv();

async function pictures() {
  const chart2000 = layOutImport(generateChart(2_000));
  const png2000 = await measure(3, 1, () => renderChartPng(chart2000));
  printBench("io.export.png.2000", png2000.ms, "ms");
  printBench("io.export.png.2000.rss", png2000.peakMb, "MB");
  const drawing2000 = chartToSvg(chart2000);
  console.log(`# 2,000 cards: ${drawing2000.width}×${drawing2000.height} canvas px, PNG ${png2000.last.width}×${png2000.last.height} px (scale ${png2000.last.scale.toFixed(2)})`);

  const chart10000 = layOutImport(generateChart(10_000));
  const png10000 = await measure(3, 1, () => renderChartPng(chart10000));
  printBench("io.export.png.10000", png10000.ms, "ms");
  printBench("io.export.png.10000.rss", png10000.peakMb, "MB");
  const drawing10000 = chartToSvg(chart10000);
  console.log(
    `# 10,000 cards: ${drawing10000.width}×${drawing10000.height} canvas px; the PNG is a ${png10000.last.width}×${png10000.last.height} px overview ` +
      `(scale ${png10000.last.scale.toFixed(2)}, labels as bars). Readable: the PNG of the current view, and the chart PDF paged by branch (below).`,
  );
  const pdf10000 = await measure(2, 1, () => renderReportPdf(buildReport(chart10000, "en", new Date()), chart10000));
  printBench("io.export.pdf.10000", pdf10000.ms, "ms");
  printBench("io.export.pdf.10000.rss", pdf10000.peakMb, "MB");
  console.log(`# the 10,000-card report PDF: ${pageCount(pdf10000.last)} pages, ${(pdf10000.last.byteLength / 1024 / 1024).toFixed(1)} MB`);
  const flagged = flagCards(analyzeChart(chart10000, { lang: "en" }));
  const chartPdf = await measure(2, 1, () => renderChartPdf(chart10000, "en", flagged));
  printBench("io.export.chartpdf.10000", chartPdf.ms, "ms");
  printBench("io.export.chartpdf.10000.rss", chartPdf.peakMb, "MB");
  console.log(`# the 10,000-card chart PDF: ${pageCount(chartPdf.last)} pages (an overview, then one per branch, labels of 6 pt or more), ${(chartPdf.last.byteLength / 1024 / 1024).toFixed(1)} MB; load average ${loadavg().map((load) => load.toFixed(2)).join(" ")}`);
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
}

async function importCsv() {
  const t = await createTestDatabase();
  try {
    const user = await createUser(t.db, { email: "bench@example.test", name: "Bench", password: "long enough password" });
    const orgId = (await createOrganization(t.db, { userId: user.id }, "Bench")).id;
    const bytes = new TextEncoder().encode(hrCsv(generateChart(10_000, 11)));
    const times: number[] = [];
    // One warm-up, then the median of three.
    for (let i = 0; i < 4; i++) {
      const start = performance.now();
      const result = await importChart(t.db, { userId: user.id }, orgId, { bytes, fileName: "personale.csv", options: {} });
      if (!result.ok) throw new Error(`the bench file was refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
      if (result.nodes !== 10_000 + DEPARTMENTS.length) throw new Error(`imported ${result.nodes} cards`);
      if (i > 0) times.push(performance.now() - start);
    }
    printBench(`io.import.csv.10000`, median(times), "ms");
  } finally {
    await t.drop();
  }
}
