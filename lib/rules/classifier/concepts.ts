/**
 * The senses a responsibility is read in. Words of either language map to these concepts
 * (lexicon.ts); duties are recognised from combinations of concepts (senses.ts). Keeping the
 * vocabulary language-neutral is what lets "gestire i fornitori di software" and "manage SaaS
 * vendors" land on the same duty without listing sentences.
 *
 * The value is the short English name used in the classifier's `why` (developers' notation);
 * users read the Italian and English labels of labels.ts.
 */
export const CONCEPTS = {
  // What is being done
  manage: "manage",
  lead: "lead",
  run: "run/keep working",
  design: "design",
  architecture: "architecture",
  create: "create/build",
  update: "update",
  secure: "protect/secure",
  improve: "improve",
  innovate: "innovate",
  introduce: "introduce/launch",
  retire: "retire",
  strategy: "strategy",
  increase: "increase",
  reduce: "reduce/cut",
  automate: "automate/streamline",
  efficiency: "efficiency",
  train: "training",
  decide: "decide/choose",
  align: "align",
  listen: "listen/understand",
  focus: "focus",
  purchase: "buy/procure",
  relationship: "relationship/negotiation",
  contract: "contracts",
  collaborate: "collaborate",
  acquire: "acquire/win",
  // What it is done to
  access: "access/accounts",
  device: "devices",
  tool: "tools/applications",
  user: "users/staff",
  systemUser: "system users",
  team: "team",
  department: "department",
  staff: "staff",
  it: "IT",
  operations: "operations",
  helpdesk: "helpdesk",
  support: "support",
  incident: "incidents/tickets",
  infrastructure: "infrastructure",
  network: "network",
  platform: "platform",
  system: "systems",
  channel: "communication channel",
  communicationWord: "communication",
  communications: "communication capabilities",
  capability: "capabilities",
  intranet: "intranet",
  portal: "portal",
  collaborationTool: "collaboration tools",
  engineering: "engineering",
  development: "development",
  product: "product",
  products: "products (plural)",
  goods: "our own goods (an unlisted noun after \"our\")",
  production: "production",
  industry40: "industry 4.0",
  technology: "technology",
  technical: "technical",
  software: "software",
  licence: "licences",
  vendor: "vendors/suppliers",
  component: "components/materials",
  profit: "profit",
  revenue: "revenue",
  quality: "quality/service",
  cost: "cost",
  terms: "price/commercial terms",
  time: "time/hours",
  process: "processes",
  customer: "customers",
  external: "external",
  internal: "internal",
  portfolio: "portfolio",
  roadmap: "roadmap",
  lifecycle: "lifecycle",
  line: "product line/range",
  goals: "goals",
  business: "business",
  smooth: "smoothly/consistently",
  standards: "standards",
  newness: "new",
  daily: "day-to-day",
  resources: "budget/headcount",
} as const;

export type Concept = keyof typeof CONCEPTS;

/**
 * The concepts that say what is being done (the first group above). In a list ("gestione di
 * infrastruttura, fornitori e formazione utenti") the action of one item carries over to the
 * next items that have none of their own.
 */
export const ACTIONS: ReadonlySet<Concept> = new Set<Concept>([
  "manage", "lead", "run", "design", "architecture", "create", "update", "secure", "improve", "innovate",
  "introduce", "retire", "strategy", "increase", "reduce", "automate", "efficiency", "train", "decide",
  "align", "listen", "focus", "purchase", "relationship", "contract", "collaborate", "acquire",
]);

/** Work the document does not assign to either role: evidence that a responsibility matches no duty. */
export const OUT_OF_SCOPE_DOMAINS = {
  payroll: "payroll",
  marketing: "marketing",
  facilities: "facilities",
  hr: "HR",
  legal: "legal",
  sales: "sales",
  accounting: "accounting/finance",
  catering: "catering",
  logistics: "logistics",
  travel: "travel",
  safety: "health & safety",
  publicRelations: "PR/investor relations",
  events: "company events",
  supplies: "office supplies",
  corporate: "corporate affairs",
  customerService: "customer service",
  quality: "quality management (ISO 9001)",
  procurement: "purchase orders",
} as const;

export type OutOfScopeDomain = keyof typeof OUT_OF_SCOPE_DOMAINS;
