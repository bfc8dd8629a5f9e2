/**
 * The source document's definitions, as data: the duties it gives each role, the domains it
 * splits between them, and the rules that judge a chart against them. Everything the rules
 * module says cites one of these quotes, so this file is the single place the wording lives.
 *
 * Ids are stable: they appear in exported charts, in findings, in tests and in the CLI output.
 */

export type Lang = "it" | "en";
export type RoleName = "CIO" | "CTO";

export interface Bilingual {
  it: string;
  en: string;
}

export const DUTY_IDS = [
  "cio.infrastructure-management",
  "cio.communications-upkeep",
  "cio.it-operations",
  "cio.efficiency",
  "cio.user-access-training",
  "cio.technology-vendors",
  "cio.profit-strategy",
  "cio.it-department",
  "cto.infrastructure-architecture",
  "cto.communication-systems",
  "cto.engineering-department",
  "cto.product-technology",
  "cto.customer-focus",
  "cto.product-vendors",
  "cto.product-portfolio",
] as const;

export type DutyId = (typeof DUTY_IDS)[number];

export interface Duty {
  id: DutyId;
  owner: RoleName;
  /** The document's own wording (Italian), shortened with "…". */
  quote: string;
  /** Our English rendering of the quote. */
  rendering: string;
  /** A few words for tight UI spots (matrix headers, chips). */
  label: Bilingual;
}

export const DUTIES: Readonly<Record<DutyId, Duty>> = {
  "cio.infrastructure-management": {
    id: "cio.infrastructure-management",
    owner: "CIO",
    quote:
      "responsabile del massimo livello di gestione quando si tratta dell'infrastruttura tecnologica di un'azienda",
    rendering: "top-level management of the company's technology infrastructure",
    label: { it: "Gestione dell'infrastruttura", en: "Infrastructure management" },
  },
  "cio.communications-upkeep": {
    id: "cio.communications-upkeep",
    owner: "CIO",
    quote:
      "garantire che le capacità di comunicazione dell'azienda siano aggiornate in modo appropriato, adeguatamente protette e gestite abbastanza bene da mantenerle funzionali",
    rendering: "keep the company's communication capabilities up to date, protected and working",
    label: { it: "Cura delle comunicazioni", en: "Communications upkeep" },
  },
  "cio.it-operations": {
    id: "cio.it-operations",
    owner: "CIO",
    quote: "gestire le operazioni IT per l'azienda",
    rendering: "run the company's IT operations",
    label: { it: "Operazioni IT", en: "IT operations" },
  },
  "cio.efficiency": {
    id: "cio.efficiency",
    owner: "CIO",
    quote: "interfacciare la tecnologia con l'efficienza, al fine di tagliare costi, tempo e ore di lavoro",
    rendering: "use technology for efficiency: cut cost, time and working hours",
    label: { it: "Efficienza", en: "Efficiency" },
  },
  "cio.user-access-training": {
    id: "cio.user-access-training",
    owner: "CIO",
    quote: "assicurandosi che tutti gli utenti dispongano dell'accesso richiesto e della formazione necessaria",
    rendering: "make sure every (internal) user has the access and training they need",
    label: { it: "Accessi e formazione utenti", en: "User access & training" },
  },
  "cio.technology-vendors": {
    id: "cio.technology-vendors",
    owner: "CIO",
    quote:
      "molte delle soluzioni tecnologiche devono provenire da fornitori della tecnologia più recente. Il CIO è responsabile della comunicazione e della collaborazione con questi fornitori",
    rendering: "work with the vendors of the latest technology the company runs on",
    label: { it: "Fornitori di tecnologia", en: "Technology vendors" },
  },
  "cio.profit-strategy": {
    id: "cio.profit-strategy",
    owner: "CIO",
    quote:
      "l'elaborazione di varie strategie che aiuteranno ad aumentare i profitti dell'azienda, senza sacrificare la qualità o il servizio",
    rendering: "devise strategies that raise profit without sacrificing quality or service",
    label: { it: "Strategie di profitto", en: "Profit strategy" },
  },
  "cio.it-department": {
    id: "cio.it-department",
    owner: "CIO",
    quote: "gestire con successo il reparto IT",
    rendering: "manage the IT department",
    label: { it: "Reparto IT", en: "IT department" },
  },
  "cto.infrastructure-architecture": {
    id: "cto.infrastructure-architecture",
    owner: "CTO",
    quote: "il CTO … è l'architetto dell'infrastruttura tecnologica dell'azienda",
    rendering: "architect the company's technology infrastructure",
    label: { it: "Architettura dell'infrastruttura", en: "Infrastructure architecture" },
  },
  "cto.communication-systems": {
    id: "cto.communication-systems",
    owner: "CTO",
    quote:
      "responsabile della creazione delle intranet e dei sistemi di comunicazione, che … mantengono il business in esecuzione … senza intoppi e in modo coerente",
    rendering: "create the intranets and communication systems that keep the business running smoothly",
    label: { it: "Intranet e sistemi di comunicazione", en: "Intranet & communication systems" },
  },
  "cto.engineering-department": {
    id: "cto.engineering-department",
    owner: "CTO",
    quote: "il CTO è responsabile della gestione del dipartimento di ingegneria dell'azienda",
    rendering: "manage the engineering department",
    label: { it: "Dipartimento di ingegneria", en: "Engineering department" },
  },
  "cto.product-technology": {
    id: "cto.product-technology",
    owner: "CTO",
    quote:
      "utilizzare la tecnologia per migliorare i prodotti effettivi che vengono offerti … responsabile della fusione della tecnologia con la produzione",
    rendering: "use technology to improve the products offered; merge technology with production",
    label: { it: "Tecnologia di prodotto", en: "Product technology" },
  },
  "cto.customer-focus": {
    id: "cto.customer-focus",
    owner: "CTO",
    quote: "il CTO si concentra sulla base di clienti, al di fuori dell'azienda",
    rendering: "focus on the customer base outside the company",
    label: { it: "Attenzione ai clienti", en: "Customer focus" },
  },
  "cto.product-vendors": {
    id: "cto.product-vendors",
    owner: "CTO",
    quote:
      "si occupa anche di fornitori, ma questi sono quelli che dispongono di soluzioni adeguate al miglioramento del prodotto, indipendentemente dal fatto che siano o meno tecnologicamente correlati",
    rendering: "work with suppliers whose solutions improve the product, technological or not",
    label: { it: "Fornitori per il prodotto", en: "Product suppliers" },
  },
  "cto.product-portfolio": {
    id: "cto.product-portfolio",
    owner: "CTO",
    quote:
      "Se ci sono prodotti che non servono più l'azienda, o prodotti che dovrebbero essere introdotti, il CTO gestisce quell'aspetto",
    rendering: "shape the product portfolio: retire products that no longer serve, introduce new ones",
    label: { it: "Portafoglio prodotti", en: "Product portfolio" },
  },
};

export function isDutyId(value: unknown): value is DutyId {
  return typeof value === "string" && Object.hasOwn(DUTIES, value);
}

export function dutiesOf(role: RoleName): Duty[] {
  return DUTY_IDS.map((id) => DUTIES[id]).filter((duty) => duty.owner === role);
}

export type BoundaryDomain = "infrastructure" | "communications" | "department" | "vendors" | "focus" | "profit";

/** A domain the document splits between the two roles: where real organisations overlap most. */
export interface BoundaryPair {
  domain: BoundaryDomain;
  cio: readonly DutyId[];
  cto: readonly DutyId[];
  /** How the document draws the line, for the UI to show next to an overlap or misplacement. */
  explanation: Bilingual;
}

export const BOUNDARY_PAIRS: readonly BoundaryPair[] = [
  {
    domain: "infrastructure",
    cio: ["cio.infrastructure-management"],
    cto: ["cto.infrastructure-architecture"],
    explanation: {
      it: "Il CIO gestisce l'infrastruttura tecnologica al massimo livello; il CTO ne è l'architetto.",
      en: "The CIO runs the technology infrastructure at the top level; the CTO is its architect.",
    },
  },
  {
    domain: "communications",
    cio: ["cio.communications-upkeep"],
    cto: ["cto.communication-systems"],
    explanation: {
      it: "Il CIO mantiene le comunicazioni aggiornate, protette e funzionanti; il CTO crea le intranet e i sistemi di comunicazione.",
      en: "The CIO keeps communications up to date, protected and working; the CTO creates the intranets and communication systems.",
    },
  },
  {
    domain: "department",
    cio: ["cio.it-department"],
    cto: ["cto.engineering-department"],
    explanation: {
      it: "Il CIO gestisce il reparto IT; il CTO il dipartimento di ingegneria.",
      en: "The CIO manages the IT department; the CTO manages the engineering department.",
    },
  },
  {
    domain: "vendors",
    cio: ["cio.technology-vendors"],
    cto: ["cto.product-vendors"],
    explanation: {
      it: "Il CIO collabora con i fornitori della tecnologia usata internamente; il CTO con i fornitori che migliorano il prodotto, tecnologici o no.",
      en: "The CIO works with the vendors of the technology the company runs on; the CTO with suppliers that improve the product, technological or not.",
    },
  },
  {
    domain: "focus",
    cio: ["cio.user-access-training"],
    cto: ["cto.customer-focus"],
    explanation: {
      it: "Mentre il CIO si concentra sull'organizzazione interna, il CTO si concentra sulla base di clienti, al di fuori dell'azienda.",
      en: "While the CIO focuses on the internal organisation, the CTO focuses on the customer base outside the company.",
    },
  },
  {
    domain: "profit",
    cio: ["cio.profit-strategy", "cio.efficiency"],
    cto: ["cto.product-portfolio", "cto.product-technology"],
    explanation: {
      it: "Il CIO aumenta i profitti con strategie ed efficienza; il CTO attraverso i prodotti e la tecnologia che li migliora.",
      en: "The CIO raises profit through strategy and efficiency; the CTO through the products and the technology that improves them.",
    },
  },
];

export function boundaryPairOf(duty: DutyId): BoundaryPair | undefined {
  return BOUNDARY_PAIRS.find((pair) => pair.cio.includes(duty) || pair.cto.includes(duty));
}

/** Rule ids in the order findings are reported: warnings before information. */
export const RULE_IDS = [
  "gap",
  "overlap",
  "misplaced",
  "it-department-under-cto",
  "engineering-under-cio",
  "combined-role",
  "missing-role",
  "ambiguous-responsibility",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type Severity = "warning" | "info";

export interface RuleInfo {
  id: RuleId;
  severity: Severity;
  label: Bilingual;
}

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  gap: { id: "gap", severity: "warning", label: { it: "Lacuna", en: "Gap" } },
  overlap: { id: "overlap", severity: "warning", label: { it: "Sovrapposizione", en: "Overlap" } },
  misplaced: { id: "misplaced", severity: "warning", label: { it: "Fuori posto", en: "Misplaced" } },
  "it-department-under-cto": {
    id: "it-department-under-cto",
    severity: "warning",
    label: { it: "Reparto IT sotto il CTO", en: "IT department under the CTO" },
  },
  "engineering-under-cio": {
    id: "engineering-under-cio",
    severity: "warning",
    label: { it: "Ingegneria sotto il CIO", en: "Engineering under the CIO" },
  },
  "combined-role": { id: "combined-role", severity: "info", label: { it: "Ruoli combinati", en: "Combined role" } },
  "missing-role": { id: "missing-role", severity: "info", label: { it: "Ruolo mancante", en: "Missing role" } },
  "ambiguous-responsibility": {
    id: "ambiguous-responsibility",
    severity: "info",
    label: { it: "Responsabilità da chiarire", en: "Unclear responsibility" },
  },
};

/**
 * The sentences the structural findings rest on (duty findings cite the duty's own quote).
 * Italian is verbatim from the document; English is our rendering.
 */
export const DOCUMENT_SENTENCES = {
  twoPositions: {
    it: "Nonostante la convinzione comune che ci sia pochissima differenza tra CTO e CIO, si tratta in realtà di due posizioni diverse che hanno due descrizioni di lavoro diverse in azienda.",
    en: "Despite the common belief that there is very little difference between CTO and CIO, they are in fact two different positions with two different job descriptions in the company.",
  },
  cioDefinition: {
    it: "Il CIO, o Chief Information Officer, è responsabile del massimo livello di gestione quando si tratta dell'infrastruttura tecnologica di un'azienda.",
    en: "The CIO, or Chief Information Officer, is responsible for the top level of management of a company's technology infrastructure.",
  },
  ctoDefinition: {
    it: "D'altra parte, il CTO, o Chief Technology Officer, è l'architetto dell'infrastruttura tecnologica dell'azienda.",
    en: "On the other hand, the CTO, or Chief Technology Officer, is the architect of the company's technology infrastructure.",
  },
  itDepartment: {
    it: "Implica anche la capacità di gestire con successo il reparto IT, per garantire che tutte le altre responsabilità siano soddisfatte.",
    en: "It also takes the ability to manage the IT department successfully, so that all the other responsibilities are met.",
  },
  engineeringDepartment: {
    it: "Inoltre, il CTO è responsabile della gestione del dipartimento di ingegneria dell'azienda.",
    en: "The CTO is also responsible for managing the company's engineering department.",
  },
} as const satisfies Record<string, Bilingual>;

export function dutySource(duty: DutyId): Bilingual {
  return { it: DUTIES[duty].quote, en: DUTIES[duty].rendering };
}
