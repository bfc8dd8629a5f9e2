/**
 * Rules speed on generated organisations: `npx tsx bench/rules.ts` (or `npm run bench -- rules`).
 * Prints medians of several runs after a warm-up, one `bench <name> <value> <unit>` line each:
 *
 *   rules.analyze.1000 / .10000   full analysis of a chart with 3 free-text responsibilities per node
 *   rules.classify                classification of distinct phrases with an empty cache
 *   rules.reanalyze.1000          analysis after editing one responsibility's text (a keystroke)
 *
 * Charts repeat phrasings the way real organisations do, so after the first analysis most texts
 * are classified from the cache; BENCH_COLD=1 also prints the analyses with an emptied cache.
 */
import { createNode } from "../lib/org/gestures";
import type { Chart, OrgNode } from "../lib/org/types";
import { analyzeChart } from "../lib/rules/analyze-chart";
import { classifyResponsibility, clearClassificationCache } from "../lib/rules/classify-responsibility";
import { generateOrgTree } from "./lib/generate-org-tree";
import { seededRandom } from "./lib/random";
import { measure, printBench } from "./lib/stats";

const ITALIAN = {
  verbs: ["Gestire", "Coordinare", "Supervisionare", "Garantire", "Definire", "Migliorare", "Seguire", "Curare", "Dirigere", "Presidiare"],
  objects: [
    "le operazioni IT", "l'infrastruttura di rete e i server", "i rapporti con i fornitori di software", "il reparto IT",
    "l'architettura delle piattaforme", "la nuova intranet aziendale", "il team di ingegneria", "la roadmap di prodotto",
    "il feedback dei clienti", "i fornitori di componenti del prodotto", "le buste paga", "le campagne di marketing",
    "la sicurezza della posta elettronica", "gli accessi degli utenti", "la formazione del personale sui nuovi strumenti",
    "la riduzione dei costi con l'automazione", "le strategie per aumentare i profitti", "l'helpdesk di primo livello",
    "la tecnologia dei prodotti", "il portafoglio prodotti", "la pulizia degli uffici", "la contabilità fornitori",
    "i contratti con i provider cloud", "la videoconferenza e la telefonia", "il lancio dei nuovi prodotti",
  ],
  qualifiers: ["", " per la sede di Milano", " in tutto il gruppo", " con il supporto del CFO", " entro fine anno", " per le filiali estere", " nel triennio", " (priorità alta)"],
};

const ENGLISH = {
  verbs: ["Manage", "Own", "Lead", "Oversee", "Run", "Drive", "Coordinate", "Improve", "Define", "Support"],
  objects: [
    "IT operations", "the network and server estate", "relationships with SaaS vendors", "the IT department",
    "the platform architecture", "the company intranet", "the engineering team", "the product roadmap",
    "customer feedback loops", "suppliers of product components", "payroll", "marketing campaigns",
    "email and phone security", "user access and permissions", "staff training on new tools", "cost cutting through automation",
    "strategies to grow profits", "the level 1 helpdesk", "the technology in our products", "the product portfolio",
    "office cleaning", "accounts payable", "contracts with cloud providers", "video conferencing and telephony",
    "new product launches",
  ],
  qualifiers: ["", " for EMEA", " across all sites", " with the CFO", " by year end", " for the US branch", " over the next 3 years", " (high priority)"],
};

function phrasePool(): string[] {
  const pool: string[] = [];
  for (const language of [ITALIAN, ENGLISH]) {
    for (const qualifier of language.qualifiers) {
      for (const object of language.objects) for (const verb of language.verbs) pool.push(`${verb} ${object}${qualifier}`);
    }
  }
  return pool;
}

const POOL = phrasePool();

/** A plausible organisation: managers with 2–12 reports, a CIO and a CTO under the root, some departments. */
function generateChart(size: number, seed = 7): Chart {
  const random = seededRandom(seed);
  // Squaring skews picks towards the start of the pool: a few phrasings are very common.
  const phrase = () => POOL[Math.floor(random() ** 2 * POOL.length)] as string;
  const titles = ["Responsabile", "Manager", "Specialist", "Analyst", "Coordinatore", "Lead"];
  const node = (i: number): OrgNode =>
    createNode({
      id: `n${i}`,
      title: i === 1 ? "Chief Information Officer" : i === 2 ? "Direttore tecnico" : i % 97 === 0 ? "Reparto IT" : `${titles[i % titles.length]} ${i}`,
      kind: i % 97 === 0 ? "department" : "role",
      responsibilities: [0, 1, 2].map((k) => ({ id: `n${i}#${k}`, text: phrase() })),
    });
  return generateOrgTree(size, `Bench ${size}`, { random, node, reports: (head) => (head === 0 ? 4 : 2 + Math.floor(random() * 11)) });
}

const print = printBench;
const cold = process.env.BENCH_COLD === "1";

for (const size of [1_000, 10_000]) {
  const chart = generateChart(size);
  print(`rules.analyze.${size}`, measure(size > 1_000 ? 7 : 15, 3, () => analyzeChart(chart)), "ms");
  if (cold) {
    print(`rules.analyze.${size}.cold`, measure(5, 1, () => {
      clearClassificationCache();
      analyzeChart(chart);
    }), "ms");
  }
}

{
  // Distinct phrases, cache emptied before each run: the cost of reading text nobody typed before.
  const phrases = POOL;
  const seconds = measure(5, 1, () => {
    clearClassificationCache();
    for (const text of phrases) classifyResponsibility(text);
  }) / 1000;
  print("rules.classify", phrases.length / seconds, "phrases/s");
}

{
  // Typing into one responsibility: each keystroke is a new text (never classified before) in an
  // otherwise unchanged chart, replaced immutably the way the canvas does it.
  let chart = generateChart(1_000, 11);
  analyzeChart(chart);
  const target = 500;
  const base = "Coordinare i fornitori di tecnologia per la sede";
  let keystroke = 0;
  const edit = () => {
    keystroke++;
    const nodes = chart.nodes.slice();
    const node = nodes[target] as OrgNode;
    const responsibilities = node.responsibilities.slice();
    responsibilities[1] = { id: `${node.id}#1`, text: `${base} ${"x".repeat(keystroke % 40)}${keystroke}` };
    nodes[target] = { ...node, responsibilities };
    chart = { ...chart, nodes };
    analyzeChart(chart);
  };
  print("rules.reanalyze.1000", measure(31, 10, edit), "ms");
}
