import type { DutyId } from "../catalog";
import type { Concept, OutOfScopeDomain } from "./concepts";

/** A condition on a reading: a concept, or any one of several (written as an array). */
export type Condition = Concept | readonly Concept[];

/**
 * A sense is evidence for a duty: when all its conditions hold, its weight is added to the duty's
 * score. Negative weights encode the document's boundaries, e.g. infrastructure + design is the
 * CTO's architecture, not the CIO's management, so it counts against the latter.
 */
export interface DutySense {
  duty: DutyId;
  weight: number;
  when: readonly Condition[];
}

/** Out-of-scope evidence that needs a combination of concepts (e.g. acquiring customers is sales). */
export interface OutOfScopeSense {
  domain: OutOfScopeDomain;
  weight: number;
  when: readonly Condition[];
}

const RUNNING: Condition = ["run", "manage", "operations", "lead", "daily"];
const DESIGNING: Condition = ["design", "architecture"];
const CREATING: Condition = ["create", "design", "introduce"];
const UPKEEP: Condition = ["update", "secure", "run", "manage"];
const PEOPLE: Condition = ["user", "team", "staff"];
const UNITS: Condition = ["department", "team", "staff", "resources"];
const LEADING: Condition = ["lead", "manage"];
const TECHNICAL_OBJECT: Condition = ["technology", "software", "it", "infrastructure", "system", "device", "channel"];
const PRODUCT_SIDE: Condition = ["product", "component", "production"];

function duty(id: DutyId, weight: number, ...when: Condition[]): DutySense {
  return { duty: id, weight, when };
}

export const DUTY_SENSES: readonly DutySense[] = [
  // CIO · top-level management of the technology infrastructure: running it, not designing it.
  duty("cio.infrastructure-management", 1.5, "infrastructure"),
  duty("cio.infrastructure-management", 1.0, "infrastructure", RUNNING),
  duty("cio.infrastructure-management", 1.5, "system", ["manage", "run"]),
  duty("cio.infrastructure-management", 0.5, "platform", ["manage", "run"]),
  duty("cio.infrastructure-management", -1.5, "infrastructure", DESIGNING),
  duty("cio.infrastructure-management", -0.5, "infrastructure", "create"),
  // "Own the AWS relationship" is about the vendor, not the servers.
  duty("cio.infrastructure-management", -1.0, "infrastructure", ["relationship", "contract", "vendor"]),

  // CIO · communications kept up to date, protected, working. Creating them is the CTO's.
  duty("cio.communications-upkeep", 1.5, "communications"),
  duty("cio.communications-upkeep", -0.5, "communications", ["platform", "portal"]),
  duty("cio.communications-upkeep", 1.5, "communications", UPKEEP),
  duty("cio.communications-upkeep", 0.5, "communications", "update", "secure"),
  duty("cio.communications-upkeep", 1.0, "secure"),
  duty("cio.communications-upkeep", 0.5, "secure", ["update", "run"]),
  duty("cio.communications-upkeep", 0.8, "secure", ["it", "technology", "infrastructure", "system"]),
  duty("cio.communications-upkeep", 1.0, "network", ["secure", "update"]),
  // Security operations (SOC, security incidents) are protection, not the helpdesk.
  duty("cio.communications-upkeep", 0.5, "secure", ["operations", "incident", "manage"]),
  duty("cio.communications-upkeep", 1.5, ["intranet", "collaborationTool"], ["update", "secure", "run"]),
  duty("cio.communications-upkeep", -2.0, "communications", CREATING),
  duty("cio.communications-upkeep", -1.0, "communications", "newness"),
  duty("cio.communications-upkeep", -1.0, ["vendor", "contract"]),
  // Calls and emails *with customers* are about the customers, not the phone system.
  duty("cio.communications-upkeep", -1.0, "channel", "customer"),

  // CIO · IT operations: the helpdesk, incidents, day-to-day IT.
  duty("cio.it-operations", 1.0, "operations"),
  duty("cio.it-operations", 1.5, "operations", "it"),
  duty("cio.it-operations", 0.8, "operations", "technology"),
  duty("cio.it-operations", 2.5, "helpdesk"),
  duty("cio.it-operations", 1.0, "support"),
  duty("cio.it-operations", 0.5, "support", ["manage", "lead", "run"]),
  duty("cio.it-operations", 1.5, "support", ["it", "technology", "technical", "user", "internal", "device"]),
  duty("cio.it-operations", -1.5, "support", "customer"),
  // Engineers fixing what engineering builds ("reassigns 6 firmware engineers to the fix") is not IT support.
  duty("cio.it-operations", -1.5, "support", "engineering", "staff"),
  // A strategy "to support the business" supports nobody's computer.
  duty("cio.it-operations", -1.5, "support", "strategy"),
  duty("cio.it-operations", -1.5, "vendor"),
  duty("cio.it-operations", 1.5, "incident"),
  duty("cio.it-operations", -1.0, "secure"),
  duty("cio.it-operations", 1.5, "it", ["manage", "run"]),
  duty("cio.it-operations", 0.5, "it", "daily"),
  duty("cio.it-operations", 0.5, "device", ["run", "support"]),
  duty("cio.it-operations", 1.0, "it", ["support", "incident"]),
  duty("cio.it-operations", 1.5, ["software", "tool"], ["run", "support"]),
  // Administering the company's applications (the ERP, the CRM) is running them.
  duty("cio.it-operations", 1.5, "software", "manage"),
  // Buying IT services is working with their vendors.
  duty("cio.it-operations", -1.5, "purchase"),
  // A support *contract* is bought from a vendor.
  duty("cio.it-operations", -3.0, "contract"),

  // CIO · technology for efficiency: cut cost, time and working hours. Automating production is the CTO's.
  duty("cio.efficiency", 2.0, "efficiency"),
  duty("cio.efficiency", 0.5, "efficiency", "technology"),
  duty("cio.efficiency", 1.5, "automate"),
  duty("cio.efficiency", 1.0, "automate", "process"),
  duty("cio.efficiency", 1.0, ["technology", "tool", "software"], "process"),
  duty("cio.efficiency", 1.0, ["reduce", "retire"], "process"),
  duty("cio.efficiency", 0.5, ["reduce", "retire", "automate"], "process", ["technology", "software", "tool", "it"]),
  duty("cio.efficiency", 1.5, "reduce", ["cost", "time"]),
  duty("cio.efficiency", 1.0, "reduce", ["cost", "time"], ["technology", "it", "automate", "tool", "software"]),
  duty("cio.efficiency", 1.0, ["automate", "efficiency"], ["cost", "time"]),
  duty("cio.efficiency", -2.0, ["automate", "efficiency"], "production"),
  // Costs or time going up ("+15% costi") is the opposite of the duty.
  duty("cio.efficiency", -1.0, "increase", ["cost", "time"]),

  // CIO · every internal user has the access and training they need.
  duty("cio.user-access-training", 1.5, "access"),
  duty("cio.user-access-training", 1.0, "access", PEOPLE),
  duty("cio.user-access-training", 0.3, "access", ["manage", "run"]),
  duty("cio.user-access-training", 0.7, "access", ["system", "tool", "software", "it"]),
  // Training in general (languages, soft skills) is HR's: it needs a technical object to count.
  duty("cio.user-access-training", 0.5, "train"),
  duty("cio.user-access-training", 1.5, "train", ["tool", "technology", "it", "software", "system", "access", "device", "secure"]),
  duty("cio.user-access-training", 0.5, "train", PEOPLE),
  // Colleagues taught a tool is the duty itself, said plainly: sure enough not to ask the model.
  duty("cio.user-access-training", 0.5, "train", ["tool", "software"], PEOPLE),
  duty("cio.user-access-training", 1.0, "train", "systemUser"),
  duty("cio.user-access-training", 1.0, "device"),
  duty("cio.user-access-training", 0.5, "device", PEOPLE),
  duty("cio.user-access-training", 0.5, "device", "manage"),
  duty("cio.user-access-training", -2.0, "train", "customer"),
  // Training on the products (sales staff, dealers) or products that "learn" are not users taught their tools.
  duty("cio.user-access-training", -1.5, "train", "product"),
  // Courses on the intranet or the chat teach people the company's communication tools.
  duty("cio.user-access-training", 1.5, "train", ["intranet", "collaborationTool"]),

  // CIO · vendors of the technology the company runs on. Suppliers for the product are the CTO's.
  duty("cio.technology-vendors", 1.5, "vendor"),
  duty("cio.technology-vendors", 1.5, "vendor", TECHNICAL_OBJECT),
  duty("cio.technology-vendors", 0.5, "vendor", ["relationship", "collaborate", "manage", "purchase", "decide"]),
  duty("cio.technology-vendors", 1.0, "contract"),
  duty("cio.technology-vendors", 1.5, "relationship", ["software", "infrastructure", "technology"]),
  duty("cio.technology-vendors", -2.0, "vendor", PRODUCT_SIDE),
  // Contractors counted in a unit's headcount ("8 FTE + 2 contractors") are its people, not its vendors.
  duty("cio.technology-vendors", -2.0, "vendor", ["department", "team"], "resources"),
  duty("cio.technology-vendors", 1.5, "licence"),
  duty("cio.technology-vendors", 1.0, "licence", "manage"),
  duty("cio.technology-vendors", 1.5, ["software", "licence"], ["purchase", "relationship", "decide"]),
  duty("cio.technology-vendors", 1.5, "purchase", ["technology", "software", "device", "infrastructure", "it"]),
  duty("cio.technology-vendors", 1.5, "contract", ["technology", "software", "it", "infrastructure", "system", "device", "communications"]),

  // CIO · strategies that raise profit without sacrificing quality or service.
  duty("cio.profit-strategy", 1.5, "profit"),
  duty("cio.profit-strategy", 1.0, "profit", ["strategy", "increase", "improve"]),
  duty("cio.profit-strategy", 0.5, "profit", "quality"),
  duty("cio.profit-strategy", 0.8, "strategy"),
  duty("cio.profit-strategy", 1.0, "strategy", ["it", "technology"]),
  duty("cio.profit-strategy", 0.5, "strategy", ["business", "goals", "align"]),
  duty("cio.profit-strategy", 0.8, "revenue"),
  duty("cio.profit-strategy", 0.5, "revenue", ["strategy", "increase"]),
  duty("cio.profit-strategy", 0.5, "revenue", "quality"),
  duty("cio.profit-strategy", -1.5, ["profit", "strategy"], "product"),

  // CIO · the IT department.
  duty("cio.it-department", 2.0, "it", UNITS),
  duty("cio.it-department", 1.0, "it", UNITS, LEADING),
  duty("cio.it-department", 2.0, "it", "lead"),
  // "IT training for staff" is about the users, not the IT department's own people.
  duty("cio.it-department", -1.0, "it", "train"),

  // CTO · architect of the technology infrastructure.
  duty("cto.infrastructure-architecture", 2.0, "architecture"),
  duty("cto.infrastructure-architecture", 1.0, "architecture", ["infrastructure", "platform", "system", "technology", "it"]),
  duty("cto.infrastructure-architecture", 0.5, "design"),
  duty("cto.infrastructure-architecture", 2.0, "design", ["infrastructure", "platform", "system", "technology", "technical"]),
  duty("cto.infrastructure-architecture", 1.0, "standards", ["technology", "technical", "it"]),
  // The standards an infrastructure is designed to ("ho disegnato l'infrastruttura e i suoi standard di rete e sicurezza").
  duty("cto.infrastructure-architecture", 1.0, "standards", ["infrastructure", "network"], "design"),
  duty("cto.infrastructure-architecture", -1.5, DESIGNING, ["communications", "intranet"]),
  // The architecture of the product is the product's technology.
  duty("cto.infrastructure-architecture", -1.5, DESIGNING, "product"),

  // CTO · creating the intranets and communication systems that keep the business running smoothly.
  duty("cto.communication-systems", 2.5, "intranet"),
  duty("cto.communication-systems", 1.0, "intranet", [...CREATING, "newness"]),
  duty("cto.communication-systems", -1.0, "intranet", ["update", "secure", "run"]),
  duty("cto.communication-systems", 2.0, "communications", CREATING),
  duty("cto.communication-systems", 0.5, "communications", ["create", "design"], ["system", "platform"]),
  duty("cto.communication-systems", 1.0, "communications", "smooth"),
  // A communication *platform* is a system someone has to create.
  duty("cto.communication-systems", 2.0, "communications", ["platform", "portal"]),
  duty("cto.communication-systems", 1.5, "communications", "newness"),
  duty("cto.communication-systems", 2.0, "portal", ["internal", "user"]),
  duty("cto.communication-systems", 1.5, "collaborationTool"),
  duty("cto.communication-systems", 1.0, "collaborationTool", [...CREATING, "newness"]),

  // CTO · the engineering department.
  duty("cto.engineering-department", 1.5, "engineering"),
  duty("cto.engineering-department", 1.0, "engineering", [...UNITS, ...LEADING]),
  duty("cto.engineering-department", 0.5, "engineering", UNITS, LEADING),
  duty("cto.engineering-department", 2.0, "development", UNITS),
  duty("cto.engineering-department", 0.5, "development", UNITS, LEADING),
  duty("cto.engineering-department", 1.0, "technical", UNITS),

  // CTO · technology that improves the products offered; technology merged with production.
  duty("cto.product-technology", 2.0, "product", ["technology", "technical"]),
  duty("cto.product-technology", 1.0, "product", ["technology", "technical"], ["improve", "innovate", "create", "newness", "update"]),
  duty("cto.product-technology", 1.5, "product", ["improve", "innovate"]),
  duty("cto.product-technology", 2.5, "production", ["technology", "automate", "it", "innovate"]),
  duty("cto.product-technology", 3.0, "industry40"),
  duty("cto.product-technology", 1.5, "product", "development"),
  duty("cto.product-technology", 1.5, "innovate", "technology"),
  duty("cto.product-technology", 1.5, "design", "product"),
  // With suppliers in the sentence, the product improvement is what the suppliers bring.
  duty("cto.product-technology", -2.0, "vendor"),

  // CTO · the customer base outside the company.
  duty("cto.customer-focus", 1.5, "customer"),
  duty("cto.customer-focus", 1.5, "customer", ["listen", "focus"]),
  duty("cto.customer-focus", 1.0, "customer", "external"),
  duty("cto.customer-focus", 0.5, "customer", ["relationship", "channel"]),
  duty("cto.customer-focus", 0.8, "user", "listen"),
  // Listening to the people who use the product is listening to customers.
  duty("cto.customer-focus", 1.0, "user", "listen", "product"),
  duty("cto.customer-focus", 1.0, "external", "focus"),
  // "The people who buy our products" are the customer base.
  duty("cto.customer-focus", 2.0, ["user", "focus"], "purchase", "product"),

  // CTO · suppliers whose solutions improve the product, technological or not.
  // Bare "suppliers" could be either role's: slightly behind the CIO's, close enough to ask.
  duty("cto.product-vendors", 1.2, "vendor"),
  duty("cto.product-vendors", 3.0, "vendor", PRODUCT_SIDE),
  duty("cto.product-vendors", 0.5, "vendor", "improve"),
  duty("cto.product-vendors", 1.5, "contract", PRODUCT_SIDE),
  duty("cto.product-vendors", 0.5, "component"),
  duty("cto.product-vendors", 1.5, "component", ["purchase", "decide", "relationship"]),

  // CTO · the product portfolio: retire what no longer serves, introduce what should be.
  // A bare "product" on a chart is owning the offering (product management); any other sense of
  // the product (its technology, suppliers, customers, engineering) takes it back.
  duty("cto.product-portfolio", 1.5, "product"),
  duty("cto.product-portfolio", -1.5, "product", ["technology", "technical", "improve", "innovate", "customer", "vendor", "component", "production", "development", "engineering", "design", "quality", "listen"]),
  duty("cto.product-portfolio", 2.0, "portfolio"),
  duty("cto.product-portfolio", 1.0, "portfolio", "product"),
  duty("cto.product-portfolio", 1.0, "roadmap"),
  duty("cto.product-portfolio", 2.0, "roadmap", "product"),
  duty("cto.product-portfolio", 2.5, "product", ["introduce", "retire"]),
  duty("cto.product-portfolio", 0.5, "products", ["introduce", "retire", "decide", "portfolio", "line"]),
  duty("cto.product-portfolio", 1.0, "product", "decide"),
  // Acquiring products (M&A of a product line) adds to the range.
  duty("cto.product-portfolio", 1.5, "products", "acquire"),
  duty("cto.product-portfolio", 0.5, "products", "create"),
  duty("cto.product-portfolio", 1.5, "products", "newness"),
  duty("cto.product-portfolio", 1.0, "product", "line"),
  // A range launched or retired is the portfolio, whatever its goods are called ("dismettere la linea di lavastoviglie").
  duty("cto.product-portfolio", 1.5, "line", ["introduce", "retire"]),
  // Retiring some and introducing others is renewing a range, whatever the goods are called ("discontinue
  // the entry-level scanner and introduce a compact model"); replacing a system is not ("dismettere il
  // vecchio ERP e introdurre SAP").
  duty("cto.product-portfolio", 2.0, "retire", "introduce"),
  duty("cto.product-portfolio", -2.0, "retire", "introduce", TECHNICAL_OBJECT),
  duty("cto.product-portfolio", 2.0, "product", "strategy"),
  duty("cto.product-portfolio", 2.0, "product", "lifecycle"),
  // Introducing technology *into* a product improves it; it does not add a product to the range.
  duty("cto.product-portfolio", -1.5, "product", ["introduce", "create"], "technology"),
];

/**
 * Out-of-scope work that is nonetheless part of running a department: hiring, careers and the
 * budget of the IT team are the CIO's business, so they do not turn "lead the IT team" into HR.
 */
export const PART_OF_THE_JOB: Readonly<Partial<Record<DutyId, readonly OutOfScopeDomain[]>>> = {
  "cio.it-department": ["hr", "accounting"],
  "cto.engineering-department": ["hr", "accounting"],
  // M&A is corporate affairs, unless what is bought is products for the range.
  "cto.product-portfolio": ["corporate"],
};

export const OUT_OF_SCOPE_SENSES: readonly OutOfScopeSense[] = [
  { domain: "sales", weight: 3, when: ["customer", "acquire"] },
  { domain: "sales", weight: 2, when: ["customer", "newness"] },
  // Price, payment terms or surcharges with the suppliers of raw materials or packaging are buying on
  // price, not working with the product's suppliers on the product ("trattare il prezzo di acciaio e
  // alluminio con più fornitori", "negotiate new payment terms with packaging suppliers").
  { domain: "procurement", weight: 3, when: ["terms", "vendor", "component"] },
  // The same with the supplier left unsaid: a contract for steel negotiated at the best price.
  { domain: "procurement", weight: 3, when: ["terms", "contract", "component"] },
  { domain: "procurement", weight: 3, when: ["terms", "relationship", "component"] },
];

/**
 * Out-of-scope work a duty is done to: automation that saves hours in accounts payable, payroll, HR
 * or purchasing is the efficiency duty, and the office work is only what it is done to ("the
 * invoice-matching bot that saved accounts payable 20 hours a week"). Only with automation and the
 * time or cost it saves: "solleciti automatici" alone stays credit collection.
 */
export const WORK_DONE_TO: Readonly<Partial<Record<DutyId, { domains: readonly OutOfScopeDomain[]; when: readonly Condition[] }>>> = {
  // The same for customer service's order entry and logistics' paperwork ("bot keys in EDI orders, saves customer service 2h/day").
  "cio.efficiency": { domains: ["accounting", "payroll", "hr", "procurement", "customerService", "logistics"], when: ["automate", ["time", "cost"]] },
  // Performance reviews with technology vendors review the vendors, not staff.
  "cio.technology-vendors": { domains: ["hr"], when: ["vendor", "technology"] },
};

