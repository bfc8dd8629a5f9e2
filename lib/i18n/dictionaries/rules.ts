/**
 * The rules' findings (lib/rules/rules/*) and the orgcheck CLI's summary. Placeholders: {duty}
 * and {owner} for a duty and the role the document gives it to, node names already quoted.
 * Same keys in both languages.
 */
export const rules = {
  en: {
    "rules.untitled": "untitled",
    "rules.and": " and ",
    "rules.gap": "Nobody in the chart holds {duty}, which the document gives to the {owner}.",
    "rules.overlap": "{duty} is held in both the CIO's branch ({cio}) and the CTO's ({cto}); the document gives it to the {owner}.{note}",
    "rules.misplaced": "{duty} sits in the {other}'s branch ({names}) and nowhere in the {owner}'s, to whom the document gives it.{note}",
    "rules.itDepartmentUnderCto": "The IT department {name} reports into the CTO; the document has the CIO manage the IT department.",
    "rules.engineeringUnderCio": "The engineering department {name} reports into the CIO; the document has the CTO manage engineering.",
    "rules.combinedRole":
      "{name} is both CIO and CTO. The document describes two different positions: this person must balance the internal organisation (infrastructure, IT operations, users, efficiency) with the products and the customers outside (architecture, engineering, product portfolio).",
    "rules.missingRole": "The chart has no {role}: the {role}'s duties show up as gaps unless someone else holds them.",
    "rules.ambiguousNone": "{text} ({name}) matches no duty of the document: pick one, or mark it as none.",
    "rules.ambiguousClose": "{text} ({name}) matches {candidates} almost equally: choose the right one.",
    "orgcheck.summary": "{name}: {findings} ({warnings}, {info} info){acknowledged}",
    "orgcheck.findings.one": "1 finding",
    "orgcheck.findings.other": "{count} findings",
    "orgcheck.warnings.one": "1 warning",
    "orgcheck.warnings.other": "{count} warnings",
    "orgcheck.acknowledged": "; {count} acknowledged",
    "orgcheck.nodes": "nodes",
    "orgcheck.acknowledgedHeading": "ACKNOWLEDGED",
  },
  it: {
    "rules.untitled": "senza titolo",
    "rules.and": " e ",
    "rules.gap": "Nessuno nell'organigramma ha la responsabilità {duty}, che il documento assegna al {owner}.",
    "rules.overlap": "{duty} è sia nel ramo del CIO ({cio}) sia in quello del CTO ({cto}); il documento la assegna al {owner}.{note}",
    "rules.misplaced": "{duty} è nel ramo del {other} ({names}) e non in quello del {owner}, a cui il documento la assegna.{note}",
    "rules.itDepartmentUnderCto": "Il reparto IT {name} riporta al CTO; secondo il documento gestire il reparto IT spetta al CIO.",
    "rules.engineeringUnderCio": "Il dipartimento di ingegneria {name} riporta al CIO; secondo il documento la sua gestione spetta al CTO.",
    "rules.combinedRole":
      "{name} è sia CIO sia CTO. Il documento li descrive come due posizioni diverse: questa persona deve bilanciare l'organizzazione interna (infrastruttura, operazioni IT, utenti, efficienza) con i prodotti e i clienti esterni (architettura, ingegneria, portafoglio prodotti).",
    "rules.missingRole": "L'organigramma non ha un {role}: le sue responsabilità risultano lacune, a meno che qualcun altro non le abbia.",
    "rules.ambiguousNone": "{text} di {name} non corrisponde a nessuna responsabilità del documento: scegline una, o indica che non ne ha.",
    "rules.ambiguousClose": "{text} di {name} corrisponde quasi allo stesso modo a {candidates}: scegli quella giusta.",
    "orgcheck.summary": "{name}: {findings} ({warnings}, {info} informazioni){acknowledged}",
    "orgcheck.findings.one": "1 rilievo",
    "orgcheck.findings.other": "{count} rilievi",
    "orgcheck.warnings.one": "1 avviso",
    "orgcheck.warnings.other": "{count} avvisi",
    "orgcheck.acknowledged": "; {count} accettati",
    "orgcheck.nodes": "nodi",
    "orgcheck.acknowledgedHeading": "ACCETTATI",
  },
} satisfies Record<"en" | "it", Record<string, string>>;

export type RulesMessageKey = keyof typeof rules.en;
type SameKeys = typeof rules.it extends Record<RulesMessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;
