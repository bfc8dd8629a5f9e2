import type { FindingsReport } from "./build-report";
import { escapeXml } from "./chart-to-svg";

const STYLE = `
body{font-family:"DejaVu Sans",Verdana,sans-serif;color:#0f172a;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.45}
h1{font-size:1.7rem}h2{margin-top:2rem;border-bottom:2px solid #cbd5e1}h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #cbd5e1;padding:.35rem .5rem;text-align:left;vertical-align:top}
.warning h3{color:#b91c1c}.info h3{color:#1d4ed8}.finding{border-left:4px solid #cbd5e1;padding-left:.8rem;margin:1rem 0}
.finding.warning{border-color:#dc2626}.finding.info{border-color:#2563eb}.gap td{background:#fef2f2}.overlap td{background:#fff7ed}
.picture svg{width:100%;height:auto;border:1px solid #cbd5e1}.summary{page-break-after:always}
@media print{.finding,tr{page-break-inside:avoid}}`;

/** The findings report as one self-contained HTML page (inline style and picture, nothing fetched). */
export function renderReportHtml(report: FindingsReport): string {
  const { t } = report;
  const e = escapeXml;
  const findings =
    report.findings.length === 0
      ? `<p>${e(t("io.report.noFindings"))}</p>`
      : report.findings
          .map(
            (finding, index) => `<section class="finding ${finding.severity}">
<h3>${index + 1}. ${e(finding.severityLabel)} · ${e(finding.ruleLabel)}</h3>
<p>${e(finding.message)}</p>
<p><strong>${e(t("io.report.people"))}:</strong> ${finding.people.length > 0 ? finding.people.map(e).join(", ") : e(t("io.report.nobody"))}</p>
<p><strong>${e(t("io.report.sentence"))}:</strong> «${e(finding.sentence)}»${finding.sentenceTranslation ? ` (“${e(finding.sentenceTranslation)}”)` : ""}</p>
<p><strong>${e(t("io.report.todo"))}:</strong> ${e(finding.advice)}</p>
</section>`,
          )
          .join("\n");
  const matrix = report.matrix
    .map((row) => `<tr class="${row.state}"><td>${e(row.duty)}</td><td>${e(row.owner)}</td><td>${e(row.holders.join(", ") || "—")}</td><td>${e(t(`io.report.state.${row.state}`))}</td></tr>`)
    .join("\n");
  const picture = report.picture.svg.replace(/^<svg /, '<svg role="img" ');
  return `<!doctype html>
<html lang="${report.locale}">
<head><meta charset="utf-8"><title>${e(t("io.report.title"))}: ${e(report.chartName)}</title><style>${STYLE}</style></head>
<body>
<section class="summary">
<h1>${e(t("io.report.title"))}: ${e(report.chartName)}</h1>
<table>
<tr><th>${e(t("io.report.chart"))}</th><td>${e(report.chartName)}</td></tr>
<tr><th>${e(t("io.report.date"))}</th><td>${e(report.date)}</td></tr>
<tr><th>${e(t("io.report.headcount"))}</th><td>${e(t("io.report.headcountValue", { people: report.people, departments: report.departments }))}</td></tr>
</table>
<h2>${e(t("io.report.bySeverity"))}</h2>
<table><tr><th>${e(t("io.report.warnings"))}</th><th>${e(t("io.report.infos"))}</th><th>${e(t("io.report.total"))}</th></tr>
<tr><td>${report.warnings}</td><td>${report.infos}</td><td>${report.warnings + report.infos}</td></tr></table>
</section>
<h2>${e(t("io.report.findings"))}</h2>
${findings}
<h2>${e(t("io.report.matrix"))}</h2>
<table><thead><tr><th>${e(t("io.report.duty"))}</th><th>${e(t("io.report.owner"))}</th><th>${e(t("io.report.holders"))}</th><th>${e(t("io.report.state"))}</th></tr></thead>
<tbody>${matrix}</tbody></table>
<h2>${e(t("io.report.picture"))}</h2>
<p>${e(t("io.report.pictureNote"))}</p>
<div class="picture">${picture}</div>
</body>
</html>
`;
}
