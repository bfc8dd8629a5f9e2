import type { FindingsReport } from "./build-report";

/** Markdown table cells: pipes and line breaks would end the cell. */
function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
}

/** Markdown text: characters that would start markup are escaped, so a title cannot format or link. */
function text(value: string): string {
  return value.replace(/([\\`*_{}[\]()<>#+!|~])/g, "\\$1").replace(/\r?\n|\r/g, " ");
}

/** The findings report as Markdown, for a wiki or an email; the picture is left to the PDF and HTML forms. */
export function renderReportMarkdown(report: FindingsReport): string {
  const { t } = report;
  const out: string[] = [
    `# ${t("io.report.title")}: ${text(report.chartName)}`,
    "",
    `- **${t("io.report.chart")}:** ${text(report.chartName)}`,
    `- **${t("io.report.date")}:** ${report.date}`,
    `- **${t("io.report.headcount")}:** ${t("io.report.headcountValue", { people: report.people, departments: report.departments })}`,
    "",
    `## ${t("io.report.bySeverity")}`,
    "",
    `| ${t("io.report.warnings")} | ${t("io.report.infos")} | ${t("io.report.total")} |`,
    "| ---: | ---: | ---: |",
    `| ${report.warnings} | ${report.infos} | ${report.warnings + report.infos} |`,
    "",
    `## ${t("io.report.findings")}`,
    "",
  ];
  if (report.findings.length === 0) out.push(t("io.report.noFindings"), "");
  report.findings.forEach((finding, index) => {
    out.push(
      `### ${index + 1}. ${finding.severityLabel} · ${text(finding.ruleLabel)}`,
      "",
      text(finding.message),
      "",
      `- **${t("io.report.people")}:** ${finding.people.length > 0 ? finding.people.map(text).join(", ") : t("io.report.nobody")}`,
      `- **${t("io.report.sentence")}:** «${text(finding.sentence)}»${finding.sentenceTranslation ? ` (“${text(finding.sentenceTranslation)}”)` : ""}`,
      `- **${t("io.report.todo")}:** ${finding.advice}`,
      "",
    );
  });
  out.push(`## ${t("io.report.matrix")}`, "", `| ${t("io.report.duty")} | ${t("io.report.owner")} | ${t("io.report.holders")} | ${t("io.report.state")} |`, "| --- | --- | --- | --- |");
  for (const row of report.matrix) out.push(`| ${cell(row.duty)} | ${row.owner} | ${cell(row.holders.join(", ") || "—")} | ${t(`io.report.state.${row.state}`)} |`);
  out.push("");
  return out.join("\n");
}
