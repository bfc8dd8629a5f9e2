import type { Metadata } from "next";
import { translator } from "@/lib/i18n/translate";
import { BOUNDARY_PAIRS, DOCUMENT_SENTENCES, DUTIES, DUTY_IDS, RULE_IDS, RULES, type Bilingual, type RuleId } from "@/lib/rules";
import { resolveLocale } from "@/lib/server/locale";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: "Orgplan – definitions" };

/** The sentence each structural rule rests on; duty rules rest on the duty's own quote. */
const RULE_SOURCES: Partial<Record<RuleId, Bilingual>> = {
  "it-department-under-cto": DOCUMENT_SENTENCES.itDepartment,
  "engineering-under-cio": DOCUMENT_SENTENCES.engineeringDepartment,
  "combined-role": DOCUMENT_SENTENCES.twoPositions,
  "missing-role": DOCUMENT_SENTENCES.cioDefinition,
  "ambiguous-responsibility": DOCUMENT_SENTENCES.twoPositions,
};

/**
 * What Orgplan judges against, for anyone (it shows the public catalog, no chart): the 15
 * duties with the document's sentence and our rendering, the six boundary pairs, and what each
 * rule means. Every finding in the editor links to its duty (or rule) here by anchor.
 */
export default async function DefinitionsPage() {
  const locale = await resolveLocale(await getCurrentUser());
  const t = translator(locale);
  const dutyLink = (id: (typeof DUTY_IDS)[number]) => (
    <a key={id} href={`#duty-${id}`}>
      {DUTIES[id].label[locale]}
    </a>
  );
  return (
    <article className="definitions" data-testid="definitions">
      <h1>{t("decisions.page.title")}</h1>
      <p className="definitions-intro">{t("decisions.page.intro")}</p>
      <nav className="definitions-toc">
        <a href="#duties">{t("decisions.page.duties")}</a> · <a href="#pairs">{t("decisions.page.pairs")}</a> · <a href="#rules">{t("decisions.page.rules")}</a>
      </nav>

      <section id="duties">
        <h2>{t("decisions.page.duties")}</h2>
        <p>{t("decisions.page.dutiesIntro")}</p>
        <ol className="definitions-duties">
          {DUTY_IDS.map((id) => {
            const duty = DUTIES[id];
            return (
              <li key={id} id={`duty-${id}`} className={`definition definition-${duty.owner.toLowerCase()}`} data-testid="definition-duty">
                <h3>
                  {duty.label[locale]} <span className="definition-owner">{t("decisions.page.owner", { role: duty.owner })}</span>
                </h3>
                <blockquote lang="it">
                  <small>{t("decisions.page.quote")}</small>«{duty.quote}»
                </blockquote>
                <p lang="en" className="definition-rendering">
                  <small>{t("decisions.page.rendering")}</small>“{duty.rendering}”
                </p>
                <code className="definition-id">{id}</code>
              </li>
            );
          })}
        </ol>
      </section>

      <section id="pairs">
        <h2>{t("decisions.page.pairs")}</h2>
        <p>{t("decisions.page.pairsIntro")}</p>
        <table className="definitions-pairs">
          <thead>
            <tr>
              <th />
              <th>CIO</th>
              <th>CTO</th>
              <th>{t("decisions.page.split")}</th>
            </tr>
          </thead>
          <tbody>
            {BOUNDARY_PAIRS.map((pair) => (
              <tr key={pair.domain} id={`pair-${pair.domain}`} data-testid="definition-pair">
                <th scope="row">{t(`decisions.page.pair.${pair.domain}`)}</th>
                <td>{pair.cio.map(dutyLink).reduce<React.ReactNode[]>((all, link, i) => (i === 0 ? [link] : [...all, ", ", link]), [])}</td>
                <td>{pair.cto.map(dutyLink).reduce<React.ReactNode[]>((all, link, i) => (i === 0 ? [link] : [...all, ", ", link]), [])}</td>
                <td className="definition-split">{pair.explanation[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section id="rules">
        <h2>{t("decisions.page.rules")}</h2>
        <dl className="definitions-rules">
          {RULE_IDS.map((rule) => {
            const source = RULE_SOURCES[rule];
            return (
              <div key={rule} id={`rule-${rule}`} className={`definition-rule definition-${RULES[rule].severity}`} data-testid="definition-rule">
                <dt>
                  {RULES[rule].label[locale]} <span className="definition-owner">{t(`decisions.page.severity.${RULES[rule].severity}`)}</span>{" "}
                  <code>{rule}</code>
                </dt>
                <dd>
                  <p>{t(`decisions.rule.${rule}`)}</p>
                  {source !== undefined && (
                    <blockquote lang="it">
                      <small>{t("decisions.page.rests")}</small>«{source.it}»
                    </blockquote>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </article>
  );
}
