/**
 * Import and export at scale: `npm run bench -- io`.
 *
 *   io.import.csv.10000        parse, validate, lay out and save a 10,000-row CSV through the data layer (SQLite)
 *   io.export.png.2000         SVG drawn from the layout and rasterised by resvg, 2,000 cards
 *   io.export.png.2000.rss     the process's peak resident memory after those renders
 *   io.export.png.10000 / .rss the same for 10,000 cards (see the note printed with it)
 *   io.export.pdf.10000        the findings report PDF of the 10,000-card chart
 *
 * Each figure is the median after a warm-up. Targets (issue 9): import under 3 s, PNG of 2,000
 * cards under 5 s and 600 MB. IO_BENCH=import (or =pictures) runs only that half.
 */
import { readFileSync } from "node:fs";
import { buildReport } from "../lib/io/build-report";
import { chartToSvg } from "../lib/io/chart-to-svg";
import { layOutImport } from "../lib/io/lay-out-import";
import { renderChartPng } from "../lib/io-node/render-png";
import { renderReportPdf } from "../lib/io-node/render-report-pdf";
import { createNode } from "../lib/org/gestures";
import type { Chart, OrgNode } from "../lib/org/types";
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

/** Peak resident memory of this process so far (Linux VmHWM), in MB. */
function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return match ? Number(match[1]) / 1024 : process.memoryUsage().rss / 1024 / 1024;
}

function timePng(chart: Chart, runs: number, warmups = 1): { ms: number; width: number; height: number; scale: number } {
  const times: number[] = [];
  let last = { width: 0, height: 0, scale: 1 };
  for (let i = 0; i < runs + warmups; i++) {
    const start = performance.now();
    const { width, height, scale } = renderChartPng(chart);
    if (i >= warmups) times.push(performance.now() - start);
    last = { width, height, scale };
  }
  return { ms: median(times), ...last };
}

const only = process.env.IO_BENCH;

// Pictures first, so the peak memory figures are the renderer's, not the database's.
if (only !== "import") await pictures();
if (only !== "pictures") await importCsv();

async function pictures() {
  const chart2000 = layOutImport(generateChart(2_000));
  const png2000 = timePng(chart2000, 2);
  printBench("io.export.png.2000", png2000.ms, "ms");
  printBench("io.export.png.2000.rss", peakRssMb(), "MB");

  const chart10000 = layOutImport(generateChart(10_000));
  // One run, no warm-up: the 2,000-card runs above already warmed the renderer.
  const png10000 = timePng(chart10000, 1, 0);
  printBench("io.export.png.10000", png10000.ms, "ms");
  printBench("io.export.png.10000.rss", peakRssMb(), "MB");
  const whole = chartToSvg(chart10000);
  console.log(
    `# a 10,000-card drawing is ${whole.width}×${whole.height} canvas px; the PNG is ${png10000.width}×${png10000.height} px (scale ${png10000.scale.toFixed(2)}), ` +
      "so cards are legible only when zoomed; the SVG keeps full resolution and the PDF report tiles the chart into readable pages (or one overview page past 40 tiles).",
  );
  {
    const start = performance.now();
    const pdf = await renderReportPdf(buildReport(chart10000, "en", new Date()), chart10000);
    printBench("io.export.pdf.10000", performance.now() - start, "ms");
    console.log(`# the 10,000-card report PDF is ${(pdf.byteLength / 1024 / 1024).toFixed(1)} MB`);
  }
}

async function importCsv() {
  const t = await createTestDatabase();
  try {
    const user = await createUser(t.db, { email: "bench@example.test", name: "Bench", password: "long enough password" });
    const orgId = (await createOrganization(t.db, { userId: user.id }, "Bench")).id;
    const bytes = new TextEncoder().encode(hrCsv(generateChart(10_000, 11)));
    const times: number[] = [];
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
