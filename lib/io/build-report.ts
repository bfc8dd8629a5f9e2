import { nodeLabel } from "../org/apply-ops";
import type { Chart } from "../org/types";
import type { Locale } from "../i18n/locales";
import { translator, type Translate } from "../i18n/translate";
import { analyzeChart, dutyHoldings, DUTIES, DUTY_IDS, RULES, type Finding, type RuleId, type Severity } from "../rules";
import { chartToSvg, type ChartDrawing } from "./chart-to-svg";
import { flagCards } from "./flag-cards";

export interface ReportFinding {
  rule: RuleId;
  ruleLabel: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  people: string[];
  sentence: string;
  /** The English rendering of the sentence, shown in the English report. */
  sentenceTranslation: string | null;
  advice: string;
}

export interface ReportMatrixRow {
  duty: string;
  owner: string;
  holders: string[];
  state: "gap" | "overlap" | "held";
}

/** Everything a findings report shows, in one language; each format only lays it out. */
export interface FindingsReport {
  locale: Locale;
  t: Translate;
  chartName: string;
  date: string;
  people: number;
  departments: number;
  warnings: number;
  infos: number;
  findings: ReportFinding[];
  matrix: ReportMatrixRow[];
  /** The cards findings name, with the worst severity. */
  flagged: Map<string, Severity>;
  picture: ChartDrawing;
}

/** Judges the chart and gathers the report: summary, each finding with its people, sentence and advice, the duty matrix and the picture. */
export function buildReport(chart: Chart, locale: Locale, date: Date): FindingsReport {
  const t = translator(locale);
  const findings = analyzeChart(chart, { lang: locale });
  const byId = new Map(chart.nodes.map((node) => [node.id, node]));
  const flagged = flagCards(findings);

  const holders = new Map<string, Set<string>>();
  for (const holding of dutyHoldings(chart)) {
    const set = holders.get(holding.duty) ?? new Set<string>();
    set.add(holding.nodeId);
    holders.set(holding.duty, set);
  }
  const overlapping = new Set(findings.filter((finding) => finding.rule === "overlap").map((finding) => finding.duty));

  return {
    locale,
    t,
    chartName: chart.name,
    date: date.toISOString().slice(0, 10),
    people: chart.nodes.filter((node) => node.kind === "role").length,
    departments: chart.nodes.filter((node) => node.kind === "department").length,
    warnings: findings.filter((finding) => finding.severity === "warning").length,
    infos: findings.filter((finding) => finding.severity === "info").length,
    findings: findings.map((finding) => reportFinding(finding, byId, locale, t)),
    matrix: DUTY_IDS.map((duty) => {
      const held = [...(holders.get(duty) ?? [])];
      return {
        duty: DUTIES[duty].label[locale],
        owner: DUTIES[duty].owner,
        holders: held.map((id) => nodeLabel(byId.get(id) ?? { title: id, person: null })),
        state: held.length === 0 ? "gap" : overlapping.has(duty) ? "overlap" : "held",
      };
    }),
    flagged,
    picture: chartToSvg(chart, { flagged }),
  };
}

function reportFinding(finding: Finding, byId: Map<string, Chart["nodes"][number]>, locale: Locale, t: Translate): ReportFinding {
  return {
    rule: finding.rule,
    ruleLabel: RULES[finding.rule].label[locale],
    severity: finding.severity,
    severityLabel: t(`io.report.severity.${finding.severity}`),
    message: finding.message,
    people: finding.nodes.map((id) => nodeLabel(byId.get(id) ?? { title: id, person: null })),
    sentence: finding.source.it,
    sentenceTranslation: locale === "en" ? finding.source.en : null,
    advice: t(`io.advice.${finding.rule}`),
  };
}
