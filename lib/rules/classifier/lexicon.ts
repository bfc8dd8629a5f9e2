import type { Concept, OutOfScopeDomain } from "./concepts";

/**
 * Words of both languages, folded (no accents, lower case), mapped to concepts.
 *
 * - "word" matches that word only.
 * - "stem*" matches every word starting with the stem: this is the light stemming that covers
 *   Italian and English inflection at once (gest* → gestire, gestione, gestisce; manag* → manage,
 *   managing, management, manager) and forgives typos at the end of a word.
 *
 * When several stems match a word, the longest wins: "productiv*" (efficiency) beats "product*",
 * "costrui*" (build) beats "cost*", "gestional*" (management software) beats "gest*". An entry with
 * no concepts is a blocker: it exists only to stop a shorter stem ("internation*" vs "intern*").
 */
export interface LexiconEntry {
  concepts: readonly Concept[];
  words: readonly string[];
}

export const LEXICON: readonly LexiconEntry[] = [
  // ── actions ────────────────────────────────────────────────────────────────────────────
  {
    concepts: ["manage"],
    words: [
      "gest*", "manag*", "mgmt", "mgt", "mngmt", "mgr", "mngr", "resp", "amministr*", "administ*", "admin", "admins", "govern*",
      "supervis*", "oversee*", "oversaw", "oversight", "own", "owns", "owner*", "owning", "handl*",
      "occup*", "respons*", "responsabile", "responsabili", "accountab*", "incharge", "curare", "cura", "presidi*", "seguire", "segue",
    ],
  },
  { concepts: ["lead", "department"], words: ["direzione"] },
  {
    concepts: ["lead"],
    words: [
      "dirig*", "diret*", "direz*", "direct*", "guid*", "lead", "leads", "leading", "leadership", "leader", "leaders",
      "head", "heads", "heading", "capo", "responsabile", "responsabili", "coordin*", "coord", "dir", "mentor*", "steer*", "dirigente",
    ],
  },
  {
    concepts: ["run"],
    words: [
      "run", "runs", "running", "operat*", "funzionament*", "funziona", "funzionano", "funzionare",
      "funzionino", "funzionali", "funzionale", "funzionant*", "keep", "keeps", "keeping", "kept",
      "manten*", "mantien*", "maint*", "manuten*", "monitor*", "uptime", "availab*", "disponibil*",
      "garant*", "ensur*", "assicur*", "working", "reliab*", "affidabil*", "resilien*", "continuit*",
      "esercizio", "esecuzione", "tenere", "tiene", "tenendo", "inpiedi", "operativit*", "operabilit*",
    ],
  },
  { concepts: ["design"], words: ["progettar*", "progettazion*", "progettat*", "progettai", "progettano", "progetta", "progettiamo", "design*", "disegn*"] },
  { concepts: ["architecture"], words: ["archit*", "blueprint*", "topolog*", "fittogether"] },
  { concepts: ["design", "technical"], words: ["techdirection"] },
  { concepts: ["architecture", "technology"], words: ["techstack"] },
  { concepts: ["standards"], words: ["standard*", "guideline*", "principi", "principles"] },
  {
    concepts: ["create"],
    words: [
      "crea*", "creo", "build", "builds", "building", "built", "integra*", "fusion*", "fonder*", "fondere", "merg*", "embed*", "realizz*", "svilupp*", "develop", "develops",
      "developing", "developed", "implement*", "setup", "rollout", "deploy*", "costrui*", "install*",
      "impostar*", "impostazion*", "avvi*", "scratch", "nascere",
    ],
  },
  { concepts: ["create", "development"], words: ["sviluppo", "development", "developments"] },
  { concepts: ["introduce", "create"], words: ["introdu*", "launch*", "lanci*", "debutt*"] },
  { concepts: ["run", "update"], words: ["upkeep"] },
  { concepts: ["update", "technology"], words: ["techrefresh"] },
  { concepts: ["update"], words: ["upgrade", "current", "aggiorn*", "updat*", "uptodate", "patch*", "upgrad*", "moderniz*", "modernis*", "ammodern*"] },
  {
    concepts: ["secure"],
    words: [
      "protegg*", "protez*", "protett*", "protect*", "secur*", "sicur*", "safe", "safely", "antispam", "spam",
      "antivirus", "vulnerab*", "phishing", "hardening", "malware", "ransomware", "encrypt*",
      "crittograf*", "cifratur*", "threat*", "minacc*", "attacch*", "attacks", "breach*", "soc",
      "sec", "secops", "iso27001",
    ],
  },
  { concepts: ["secure", "technology"], words: ["cyber*", "cybersecurity"] },
  // A firewall guards the infrastructure (racks, cloud, switches) as much as the lines it carries.
  { concepts: ["secure", "infrastructure"], words: ["firewall*"] },
  { concepts: ["improve"], words: ["miglior*", "improv*", "enhanc*", "potenz*", "evolv*", "evoluz*", "evolution*", "better", "perfezion*", "raffor*"] },
  { concepts: ["innovate"], words: ["innov*"] },
  {
    concepts: ["retire"],
    words: [
      "ritir*", "dismett*", "dismiss*", "dismess*", "retir*", "sunset*", "discontinu*", "phaseout",
      "elimin*", "deprecat*", "razionalizz*", "rationaliz*", "rationalis*", "decommission*",
      "endoflife", "eol", "abbandon*", "consolidat*", "consolidament*", "obsolet*", "noloriserve", "prune", "pruning", "sfoltir*", "kill",
      "withdraw*", "drop", "drops", "dropping", "dropped",
    ],
  },
  { concepts: ["strategy"], words: ["strateg*", "vision", "visione"] },
  {
    concepts: ["increase"],
    words: [
      "aument*", "increas*", "grow", "grows", "growing", "growth", "cresc*", "boost*", "rais*",
      "massimizz*", "maximi*", "incrementa*",
    ],
  },
  {
    concepts: ["reduce"],
    words: [
      "ridu*", "ridurr*", "reduc*", "cut", "cuts", "cutting", "tagli*", "risparm*", "save", "saves", "saved",
      "saving*", "abbatt*", "contenere", "contenimento", "lower", "lowering", "trim*", "slash*",
      "minimi*", "minimizz*", "decreas*", "diminu*", "shrink*",
    ],
  },
  { concepts: ["efficiency"], words: ["efficien*", "productiv*", "produttivit*", "lean", "spreco", "sprechi", "waste", "wastage"] },
  {
    concepts: ["automate"],
    words: [
      "automa*", "rpa", "automation", "digitaliz*", "digitalis*", "digitiz*", "digitis*", "paperless",
      "dematerializ*", "streamlin*", "snell*", "semplific*", "simplif*", "ottimizz*", "optimi*",
      "optimis*", "reengineer*", "selfservice", "bot", "bots", "chatbot*",
    ],
  },
  {
    concepts: ["train"],
    words: [
      "formazion*", "formare", "formar*", "formand*", "formativ*", "train", "trains", "training*",
      "trained", "trainer*", "onboard*", "teach*", "upskill*", "reskill*", "corso", "corsi", "course",
      "courses", "workshop*", "addestr*", "insegn*", "educat*", "tutorial*", "literacy", "alfabetizz*",
      "coaching", "learn", "learns", "learning", "impar*", "apprend*", "induction", "inserimento",
    ],
  },
  {
    concepts: ["decide"],
    words: [
      "decid*", "decision*", "decisione", "scegl*", "scelt*", "choos*", "choice*", "select*", "selez*",
      "evaluat*", "valut*", "prioritiz*", "prioritis*", "prioritizz*", "which", "quali", "quale", "whether",
    ],
  },
  { concepts: ["align"], words: ["allinea*", "align*"] },
  {
    concepts: ["listen"],
    words: [
      "ascolt*", "listen*", "understand*", "capir*", "capisc*", "comprend*", "feedback*", "voice", "voce",
      "bisogn*", "esigenz*", "parere", "pareri", "opinion*", "opinioni", "need", "needs", "requisit*", "requirement*", "talk", "talks", "talking",
      "parlare", "parla", "incontr*", "meet", "meets", "visit*", "survey*", "sondagg*", "soddisf*",
      "satisf*", "experience*", "esperienz*", "journey*", "insight*", "interview*", "painpoint*",
      "nps", "voc", "cx", "hear", "hears", "heard", "askfor",
    ],
  },
  // Customer satisfaction scores are measured on the customers.
  { concepts: ["customer"], words: ["nps", "csat", "customersatisfaction"] },
  { concepts: ["customer", "listen"], words: ["customerrequests"] },
  // Whole words too, so that a typo ("clineti") is still read: stems this short are not typo targets.
  { concepts: ["customer"], words: ["clienti", "customers"] },
  { concepts: ["department"], words: ["reparto", "dipartimento", "department"] },
  { concepts: ["listen"], words: ["complain*", "lament*"] },
  { concepts: ["focus"], words: ["focus*", "concentr*", "centric", "centrat*", "orientat*", "oriented", "attenzione"] },
  {
    concepts: ["purchase"],
    words: [
      "acquist*", "purchas*", "procur*", "approvvigion*", "buy", "buying", "buys", "sourcing", "source",
      "comprare", "acquistare", "rfp", "rfps", "rfi", "rfis", "rfq", "rfqs", "tender*", "gara", "gare", "bando", "bandi", "appalt*",
    ],
  },
  {
    concepts: ["relationship"],
    words: [
      "rapport*", "relation*", "negozia*", "negotiat*", "partnership*", "trattare", "tratta", "trattano", "trattiamo", "liaise", "liaison", "accordi",
      "agreement*", "interlocu*",
    ],
  },
  { concepts: ["contract", "relationship"], words: ["contratt*", "contract*", "renewal*", "rinnovi", "rinnovo", "rinnovare"] },
  { concepts: ["collaborate"], words: ["collabor*", "cooper*", "coopera*"] },
  { concepts: ["acquire"], words: ["acquisi*", "acquire", "acquiring", "acquisition*", "win", "winning", "conquist*"] },
  { concepts: ["newness"], words: ["new", "nuov*", "novit*", "latest", "recent*"] },
  { concepts: ["efficiency", "time"], words: ["timewaste", "retyp*", "rekey*", "ridigit*"] },
  { concepts: ["reduce", "time"], words: ["lesstime"] },
  { concepts: ["reduce", "process"], words: ["lesspaper"] },
  { concepts: ["increase", "profit"], words: ["moreprofit"] },
  { concepts: ["update", "secure"], words: ["certrenewal"] },
  { concepts: ["lead", "staff"], words: ["linemanagement"] },
  // Moving people between pieces of work is leading them ("reassigns 6 firmware engineers to the fix", "riassegna due sistemisti").
  // A requirement's status ("Fully Compliant", "Partially Compliant") is no complaint.
  { concepts: [], words: ["compliant", "noncompliant"] },
  // A shareholders' or a union's assemblea is a meeting, not an assembly line.
  { concepts: [], words: ["assemblea", "assemblee"] },
  { concepts: ["lead", "staff"], words: ["reassign*", "riassegn*", "reallocat*", "rialloc*"] },
  { concepts: ["communicationWord", "internal"], words: ["talkeachother"] },
  { concepts: ["daily"], words: ["quotidian*", "daily"] },

  // ── objects ────────────────────────────────────────────────────────────────────────────
  {
    concepts: ["access"],
    words: [
      "access", "accesses", "accessi", "accesso", "accessing", "acced*", "account", "accounts", "utenz*",
      "credenzial*", "credential*", "permess*", "permission*", "privileg*", "password*", "sso", "mfa",
      "2fa", "identit*", "login*", "logon", "iam", "provision*", "ldap", "activedirectory", "rights",
      "abilitaz*", "autorizzaz*", "authoriz*", "authoris*", "authent*", "autentic*", "grant", "grants", "granting", "revok*", "revoc*",
    ],
  },
  { concepts: ["access", "network"], words: ["vpn"] },
  // A VPN concentrator is network gear, not a focus.
  { concepts: ["network"], words: ["concentrator", "concentrators"] },
  // Chatter about something is talk in a channel, not a chat system ("chat*").
  { concepts: [], words: ["chatter"] },
  {
    concepts: ["device"],
    words: [
      "laptop*", "pc", "pcs", "notebook*", "portatil*", "device*", "dispositiv*", "computer*",
      "postazion*", "workstation*", "desktop*", "smartphone*", "tablet*", "stampant*", "printer*",
      "endpoint*",
    ],
  },
  { concepts: ["device", "manage"], words: ["mdm"] },
  { concepts: ["device", "infrastructure", "technology"], words: ["hardware", "hw"] },
  { concepts: ["tool"], words: ["strument*", "tool", "tools", "tooling", "app", "apps", "application", "applications", "applicazion*", "suite"] },
  { concepts: ["tool", "software"], words: ["applicativ*", "o365"] },
  {
    concepts: ["user"],
    words: [
      "dipendent*", "employee*", "collegh*", "colleague*",
      "collaborator*", "everyone", "persone", "worker*", "lavorator*", "newhires",
      "neoassunt*",
    ],
  },
  // "Users" are people who use systems: training users is IT training, unlike training staff.
  { concepts: ["user", "systemUser"], words: ["utent*", "user", "users", "endusers"] },
  { concepts: ["user", "staff"], words: ["staff", "personale", "people"] },
  { concepts: ["team"], words: ["teamtopology"] },
  { concepts: ["staff"], words: ["headcount", "organico", "risorse", "hire", "hires", "hiring"] },
  // A unit's means: its budget and its people are what leading a department is about.
  { concepts: ["resources"], words: ["budget*", "fte", "ftes", "headcount", "organico", "risorse"] },
  { concepts: ["team"], words: ["group", "groups", "team", "teams", "squadr*", "org", "crew", "itteam"] },
  { concepts: ["it"], words: ["itteam"] },
  {
    concepts: ["department"],
    words: [
      "repart*", "dipartiment*", "department*", "dept", "depts", "ufficio", "division*", "divisione",
      "funzione", "area", "unit", "units", "organisation", "organization", "organizzazione",
    ],
  },
  { concepts: ["it"], words: ["infotech", "ict", "informatic*"] },
  // The CED (centro elaborazione dati) is the IT department of Italian companies and bodies.
  { concepts: ["it", "department"], words: ["ced"] },
  { concepts: ["operations"], words: ["operations", "operation", "ops", "operazion*", "operativ*", "itil", "noc"] },
  // IT service management, and the IT services it delivers.
  { concepts: ["operations", "it"], words: ["itsm", "itservices"] },
  { concepts: ["helpdesk"], words: ["helpdesk*", "servicedesk*"] },
  {
    concepts: ["support"],
    words: ["support", "supports", "supporting", "supporto", "supportare", "assistenz*", "troubleshoot*", "fix", "fixing", "riparaz*", "resolv*", "risolv*", "risoluzion*", "aggiust*"],
  },
  {
    concepts: ["incident"],
    words: ["incident*", "ticket*", "guast*", "broken", "stoppedworking", "outage*", "disservizi*", "malfunzion*", "sla", "slas", "issue", "issues", "problem*", "anomal*", "oncall", "reperibilit*"],
  },
  {
    concepts: ["infrastructure"],
    words: [
      "infras*", "infra", "backbone*", "server*", "datacenter*", "hosting", "hosted", "storage*", "sistemistic*", "sysadmin*",
      "onprem*", "virtualiz*", "virtualizz*", "backup*", "disasterrecovery",
      "linux", "kubernetes", "k8s", "vm", "vms", "database*", "db", "dbs", "capacity", "mainframe*", "compute",
      "iaas",
    ],
  },
  { concepts: ["infrastructure", "technology"], words: ["cloud*", "aws", "azure", "gcp"] },
  { concepts: ["infrastructure", "run"], words: ["sre", "dr"] },
  // Sysadmins are the IT department's people.
  { concepts: ["infrastructure", "it", "staff"], words: ["sistemist*"] },
  {
    concepts: ["network"],
    words: [
      "rete", "reti", "network*", "connettivit*", "connectivit*", "cablaggi*", "cabling", "wifi", "lan",
      "wan", "sdwan", "internet", "router*", "fibra", "cables", "cavi",
    ],
  },
  { concepts: ["platform"], words: ["piattaform*", "platform*"] },
  { concepts: ["system"], words: ["sistema", "sistemi", "system", "systems"] },
  {
    concepts: ["channel"],
    words: [
      "email*", "mail", "mails", "posta", "pec", "telefon*", "phone*", "voip", "centralin*", "videoconf*",
      "video", "videocall*", "call", "calls", "zoom", "slack", "webex", "msteams", "messagg*", "messag*",
      "chat*", "fax", "sms", "telecom*", "telco", "telcos", "telecomunic*", "unifiedcomms", "pbx",
    ],
  },
  { concepts: ["communicationWord"], words: ["comunic*", "communicat*", "comms"] },
  { concepts: ["capability"], words: ["capacita", "capabilit*", "channel", "channels", "canale", "canali"] },
  { concepts: ["intranet"], words: ["intranet*", "extranet*", "wiki", "wikis", "sharepoint", "confluence"] },
  { concepts: ["portal"], words: ["portal*", "portale"] },
  { concepts: ["collaborationTool"], words: ["collabtool", "groupware"] },
  { concepts: ["software", "tool"], words: ["excel", "powerbi", "powerpoint", "tableau", "qlik"] },
  { concepts: ["strategy", "it"], words: ["pianotriennale"] },
  {
    concepts: ["engineering"],
    words: [
      "ingegner*", "engineer*", "eng", "rnd", "softwaredevelopment", "dev", "devs", "developer*", "sviluppator*", "programmator*", "programmatric*",
      "programmer*", "coder*", "devops",
    ],
  },
  { concepts: ["product"], words: ["prodott*", "product", "productiz*", "offering*", "feature*", "funzionalit*", "sku*", "prod"] },
  { concepts: ["product", "products"], words: ["prodotti", "products", "bestseller"] },
  // The marker reading.ts puts before an unlisted noun after "our" (see GOODS_MARK).
  { concepts: ["goods"], words: ["ourgoods"] },
  { concepts: ["infrastructure", "team"], words: ["infrateam"] },
  // Products named by what they are: the things a manufacturer sells ("le nostre caldaie").
  {
    concepts: ["product", "products"],
    words: [
      "caldai*", "bilance", "bilancia", "macchinari", "machinery", "machines", "elettrodomestic*", "appliance*",
      "veicol*", "vehicle*", "dispositivimedici", "medicaldevices", "boiler*", "compressor*", "bici", "bike", "bikes",
      "ebike*", "bicicl*", "bicycl*", "heaters", "scaldabagn*", "pompe", "pumps", "valvol*", "valves", "forni", "ovens",
      "frigorifer*", "fridges", "ascensor*", "elevators", "trattor*", "tractors", "droni", "drones", "macchineutensili",
      "machinetools", "coffeemachines", "macchinecaffe", "termostat*", "thermostat*", "contatori",
      "lavatric*", "washingmachines", "lavastoviglie", "dishwashers", "rollingstock",
    ],
  },
  // What goes into a product: its embedded software and electronics.
  { concepts: ["component", "technology"], words: ["firmware", "embedded", "pcb", "pcba", "schedeelettroniche", "controller", "controllers"] },
  // Radios and probes built into a product ("integrare il GPS nei nostri trolley", "grills that ship with temperature probes").
  { concepts: ["component", "technology"], words: ["bluetooth", "gps", "nfc", "probe", "probes", "sonda", "sonde", "smartcontrols"] },
  // A Wi-Fi module in our goods is their technology, not a part to source ("Decisione: aggiungere modulo Wi-Fi").
  { concepts: ["technology"], words: ["wifimodule"] },
  {
    concepts: ["production"],
    words: [
      "produzion*", "production*", "produttiv*", "produr*", "fabbric*", "factory", "factories",
      "manufactur*", "shopfloor", "stabiliment*", "plant", "plants", "officin*", "assembl*",
      "macchinar*", "macchine", "machinery", "machine", "machines",
    ],
  },
  { concepts: ["industry40", "production", "technology"], words: ["industry40"] },
  {
    concepts: ["technology"],
    words: [
      "tecnolog*", "technolog*", "tech", "stack", "digital", "digitale", "digitali", "ai", "iot", "ml",
      "algoritm*", "algorithm*", "elettronic*", "electronic*", "artificialintelligence",
    ],
  },
  { concepts: ["technical"], words: ["tecnic*", "technic*"] },
  {
    concepts: ["software", "technology"],
    words: [
      "software", "sw", "saas", "paas", "gestional*", "erp", "mes", "crm", "microsoft", "sap", "oracle",
      "salesforce", "google", "googleworkspace", "gsuite", "adobe", "atlassian", "jira", "servicenow",
      "opensource", "subscription*",
    ],
  },
  { concepts: ["licence", "software", "technology"], words: ["licenz*", "licen*"] },
  {
    concepts: ["vendor"],
    words: [
      "fornit*", "vendor*", "supplier*", "provider*", "partner", "partners", "integrator*", "outsourc*",
      "thirdparty", "appaltator*", "contractor*", "oem", "oems", "subfornit*", "terzist*", "msp", "msps",
      "carrier", "carriers", "produttori", "produttore",
    ],
  },
  { concepts: ["vendor", "software", "technology"], words: ["softwarehouse"] },
  {
    concepts: ["component"],
    words: [
      "component*", "componentist*", "material*", "rawmaterials", "parts", "ricambi*", "semilavor*",
      "packaging", "imballagg*", "imball*", "chip", "chips", "subassembl*",
    ],
  },
  // Sensors are technology as much as parts: in a product or on a machine they are both.
  { concepts: ["component", "technology"], words: ["sensor*"] },
  { concepts: ["automate", "technology"], words: ["robotic*", "robot", "robots", "cobot*"] },
  // A product made "smarter" is improved with technology.
  { concepts: ["improve", "technology"], words: ["smarter", "intelligenti", "connected", "connessi", "connesse"] },
  { concepts: ["reduce"], words: ["fewer", "less"] },
  // What a connected product carries: remote diagnostics, telemetry, a companion app.
  { concepts: ["technology"], words: ["diagnostic*", "diagnostica", "diagnosi", "telemetr*", "companion"] },
  { concepts: ["introduce"], words: ["embed", "embeds", "embedding", "incorpor*"] },
  { concepts: ["process"], words: ["spreadsheet*", "paper", "carta"] },
  {
    concepts: ["component"],
    words: [
      "batteria", "batterie", "battery", "batteries", "motori", "motore", "motors", "plastic*", "resin*", "acciaio",
      "steel", "alluminio", "aluminium", "casing", "casings", "telai", "telaio", "chassis", "scocc*", "tessut*", "fabric", "fabrics",
      "hinge", "hinges", "gears", "ingranagg*", "cerniere", "cerniera", "gasket*", "guarnizion*", "bearings", "cuscinetti", "castings", "seals",
    ],
  },
  {
    concepts: ["profit"],
    words: ["profitt*", "profit*", "p&l", "utilinetti", "margin*", "redditiv*", "roi", "ebitda", "ebit", "contoeconomico", "guadagn*", "earning*", "bottomline"],
  },
  { concepts: ["revenue"], words: ["ricav*", "revenue*"] },
  { concepts: ["quality"], words: ["qualit*", "servizio", "service", "servicelevels", "sacrific*"] },
  // Prices and terms agreed with a supplier or a customer (out of scope on their own, as pricing or payments).
  { concepts: ["terms"], words: ["prezzo", "prezzi", "price", "prices", "paymentterms", "surcharge", "surcharges", "rincar*", "maggiorazion*"] },
  // Buying from whoever quotes lowest is buying on price ("from the cheapest approved supplier", "the lowest bidder").
  { concepts: ["terms"], words: ["cheapest", "lowest"] },
  { concepts: ["cost"], words: ["cost", "costs", "costi", "costo", "costly", "spese", "spesa", "spend", "spending", "opex", "capex", "tco", "overhead", "overheads", "money", "soldi", "denaro"] },
  { concepts: ["purchase"], words: ["purchaseorders"] },
  { concepts: ["reduce", "cost"], words: ["cheaper", "cheap", "economical", "risparmio", "costout"] },
  { concepts: ["reduce", "time"], words: ["faster", "quicker", "velocizz*", "accelera*", "rapid*"] },
  { concepts: ["time"], words: ["tempo", "tempi", "time", "times", "ore", "hours", "hour", "workinghours", "tempistic*"] },
  {
    concepts: ["process"],
    words: [
      "process*", "workflow*", "procedur*", "flussi", "backoffice", "amministrativ*", "manualwork", "manual", "ripetitiv*", "repetitive", "repetitiv*",
      "manuali", "cartace*", "paperwork", "pratiche", "burocra*",
    ],
  },
  {
    concepts: ["customer"],
    words: ["client*", "customer*", "cust", "consumer*", "consumator*", "acquirent*", "buyer*", "customerbase", "endcustomer*"],
  },
  { concepts: ["external"], words: ["estern*", "external*", "outside", "fuori", "outward"] },
  { concepts: ["internal"], words: ["intern*", "internally"] },
  { concepts: ["portfolio"], words: ["portafogl*", "portfolio*", "catalog*", "gamma", "assortiment*"] },
  { concepts: ["roadmap"], words: ["roadmap*"] },
  // Product management decides what the range offers; going to market introduces into it.
  { concepts: ["product", "portfolio"], words: ["productmanagement"] },
  { concepts: ["introduce", "portfolio"], words: ["gotomarket", "gtm"] },
  { concepts: ["customer"], words: ["customerservice", "clientbook"] },
  { concepts: ["lifecycle"], words: ["lifecycle", "lifecycles"] },
  { concepts: ["line"], words: ["line", "lines", "linea", "linee", "range", "mix", "family", "famiglia", "famiglie"] },
  { concepts: ["goals"], words: ["obiettiv*", "goal*", "objective*", "kpi*", "okr*", "mission*", "missione"] },
  { concepts: ["business"], words: ["business", "aziend*", "company", "impresa", "corporate", "enterprise"] },
  {
    concepts: ["smooth"],
    words: ["intopp*", "smooth*", "coerent*", "consistent*", "seamless*", "fluid*", "interruzion*"],
  },

  // ── blockers: words that a shorter stem above would misread ───────────────────────────
  {
    concepts: [],
    words: [
      "internation*", "internazional*", "interns", "internship*", "facilitar*", "facilitat*",
      "facilitazion*", "spesso", "contenut*", "assistant*", "assistente", "accessori*", "progetto",
      "progetti", "operai", "operaio", "direttiv*", "tratta*", "comunque", "licenziam*", "contatt*", "contact*",
      "automobil*", "bilanciament*", "fatturato", "contributi", "rapportin*", "serviz*", "creativ*",
      // Real words one letter from a lexicon stem, which typo tolerance would otherwise misread.
      "programme", "programmes", "program", "programs", "programma", "programmi", "authorit*", "autorit*",
      "portare", "identif*", "provide", "provides", "providing", "provided", "centrale", "centrali", "central",
      // A merger of companies is not merging systems ("through the merger").
      "merger", "mergers", "commuter*", "laborator*", "project", "projects", "competitor*", "concorrent*", "compete", "competono", "competente", "competenti", "collegano", "collegare", "collegarsi",
    ],
  },
];

/** Evidence of out-of-scope work, by domain. Weight 3: unmistakable; 2: strong; 1: a hint. */
export interface OutOfScopeEntry {
  domain: OutOfScopeDomain;
  weight: 1 | 2 | 3;
  words: readonly string[];
}

export const OUT_OF_SCOPE_LEXICON: readonly OutOfScopeEntry[] = [
  {
    domain: "payroll",
    weight: 3,
    words: ["payroll*", "paghe", "paga", "stipend*", "salar*", "cedolin*", "retribuz*", "tfr", "inps"],
  },
  // A bonus is pay, whatever it is tied to ("the bonus now depends on company profit").
  { domain: "payroll", weight: 2, words: ["benefit", "benefits", "compens*", "contributi", "bonus"] },
  {
    domain: "marketing",
    weight: 3,
    words: [
      "marketing", "pubblicit*", "advertis*", "campagn*", "campaign*", "tradeshow", "newsletter*", "seo",
      "sponsor*", "influencer*", "merchandising", "leadgen", "brand*", "socialmedia",
    ],
  },
  { domain: "marketing", weight: 2, words: ["social", "promo*", "fiera", "fiere", "eventi", "events", "event", "contenut*", "creativ*", "awards", "premiazion*"] },
  {
    domain: "facilities",
    weight: 3,
    words: [
      "facilit*", "pulizi*", "cleaning", "cleaner*", "edifici*", "edificio", "parchegg*", "parking",
      "climatizz*", "condizionator*", "riscaldament*", "heating", "hvac", "arred*", "furniture", "reception",
      "portineri*", "trasloc*", "janitor*", "vigilanza", "guardiania", "physicalsecurity", "badge*",
      "ascensor*", "elevator*", "mailroom", "accoglienz*",
    ],
  },
  { domain: "facilities", weight: 3, words: ["locazion*", "lease", "leases", "leasing", "affitt*"] },
  // The architecture of a building, not of systems ("il progetto architettonico della nuova sede").
  { domain: "facilities", weight: 3, words: ["architettonic*"] },
  { domain: "facilities", weight: 2, words: ["visitator*", "visitors", "guests", "ospiti"] },
  { domain: "facilities", weight: 1, words: ["uffici", "office", "offices", "sede", "sedi", "spazi", "energia", "energy"] },
  {
    domain: "hr",
    weight: 3,
    words: [
      "recruit*", "assunzion*", "assumere", "colloqui", "colloquio", "hr", "ferie", "vacation*",
      "perfreview", "sindacat*", "talent*", "career*", "carriera", "carriere", "licenziam*", "interns",
      "internship*", "tirocin*", "assenze", "malattia", "sick", "mansionari*", "employeerelations", "employmentcontract",
      "appraisal*",
    ],
  },
  { domain: "hr", weight: 2, words: ["benessere", "wellbeing", "welfare", "employer", "employers"] },
  // Skills alone may be digital skills (IT training); soft skills are HR's.
  { domain: "hr", weight: 1, words: ["skill", "skills", "competenze"] },
  { domain: "hr", weight: 3, words: ["softskills"] },
  { domain: "hr", weight: 1, words: ["hire", "hiring", "hires"] },
  {
    domain: "legal",
    weight: 3,
    words: [
      "legal", "legale", "legali", "legally", "contenzios*", "litigat*", "lawsuit*", "counsel", "avvocat*",
      "lawyer*", "attorney*", "trademark*", "brevett*", "patent*", "notai*", "notar*", "societari*",
      "dispute*", "giuridic*",
    ],
  },
  { domain: "legal", weight: 3, words: ["contractreview"] },
  { domain: "legal", weight: 2, words: ["codeofconduct", "briber*", "anticorruz*", "anticorruption"] },
  { domain: "legal", weight: 2, words: ["compliance", "gdpr", "privacy", "regulat*", "normativ*", "marchi"] },
  {
    domain: "sales",
    weight: 3,
    words: [
      "vendit*", "vendere", "vende", "sales", "salesperson", "quota", "quotas", "trattative", "trattativa",
      "upsell*", "crosssell*", "keyaccount*", "prospect*", "sell", "selling", "sold", "bizdev",
    ],
  },
  { domain: "sales", weight: 2, words: ["commercial*", "fatturato", "listino", "deal", "deals", "agenti"] },
  { domain: "sales", weight: 2, words: ["pricing", "prezzi", "prices", "discounts", "sconti", "scontistica", "prezzo", "price", "discount", "sconto"] },
  { domain: "sales", weight: 3, words: ["salesnetwork"] },
  { domain: "sales", weight: 2, words: ["clientbook"] },
  { domain: "facilities", weight: 3, words: ["utilitynetwork", "strade", "stradal*", "roads"] },
  { domain: "sales", weight: 2, words: ["franchis*"] },
  { domain: "marketing", weight: 2, words: ["omagg*", "gadget*"] },
  { domain: "accounting", weight: 3, words: ["vendormasterdata", "paymentterms", "investmentportfolio", "taxcredit"] },
  { domain: "facilities", weight: 3, words: ["realestate", "buildingpermit", "interiordesign"] },
  { domain: "legal", weight: 3, words: ["brandlicensing"] },
  { domain: "publicRelations", weight: 3, words: ["journalist*", "giornalist*"] },
  { domain: "procurement", weight: 3, words: ["supplierportal"] },
  // Energy for the buildings and plants is bought like any utility.
  { domain: "facilities", weight: 3, words: ["utilityenergy", "electricity", "elettricit*"] },
  { domain: "facilities", weight: 3, words: ["showroom*"] },
  // Partners who sell for us are a sales channel, not technology vendors.
  { domain: "sales", weight: 2, words: ["distributor*", "distributori", "rivenditor*", "reseller*", "dealer*", "topline"] },
  { domain: "sales", weight: 1, words: ["pipeline", "negozio", "negozi", "retail", "ordini", "orders", "returns"] },
  { domain: "sales", weight: 2, words: ["resi", "refund*", "reclam*", "complaint*"] },
  // Serving customers on orders and complaints is not technology; with a technical object it may be.
  { domain: "customerService", weight: 2, words: ["customerservice"] },
  {
    domain: "accounting",
    weight: 3,
    words: [
      "contabil*", "accounting", "bookkeep*", "fattur*", "invoic*", "bilancio", "bilanci", "balancesheet",
      "tax", "taxes", "tasse", "iva", "imposte", "payables", "receivables", "tesoreri*", "treasury", "billing",
      "insurance*", "assicurazion*", "banca", "banche", "bank", "banks", "banking",
      "cashflow", "controlling", "expensereport", "fiscal*", "cespit*", "ammortament*",
    ],
  },
  { domain: "accounting", weight: 2, words: ["financ*", "finanz*", "pagament*", "payment*", "pay", "paying", "pagare"] },
  { domain: "accounting", weight: 1, words: ["budget*", "audit*", "rimbors*", "expense*", "collections", "forecast*"] },
  { domain: "accounting", weight: 3, words: ["creditmanagement", "sollecit*", "dunning"] },
  // Buying production inputs is procurement's routine; the suppliers themselves are the CTO's.
  { domain: "procurement", weight: 2, words: ["rawmaterials"] },
  { domain: "corporate", weight: 3, words: ["protocolloinformatico", "albopretorio"] },
  { domain: "accounting", weight: 2, words: ["variance*", "scostament*", "managementaccounts"] },
  // Closing the books: accruals, intercompany balances.
  { domain: "accounting", weight: 3, words: ["accruals", "ratei", "risconti", "intercompany"] },
  // Attendance is pay's record ("dove si segnano gli straordinari nel portale presenze"); overtime alone may be cut by technology.
  { domain: "payroll", weight: 3, words: ["presenze", "timbratur*"] },
  // An office move and the building's plant rooms are facilities' ("office move: desks, cabling quote", "boiler room").
  { domain: "facilities", weight: 3, words: ["officemove", "trasloc*", "plantroom", "buildinginfrastructure"] },
  {
    domain: "catering",
    weight: 3,
    words: [
      "catering", "mensa", "canteen*", "cafeteria", "pranz*", "lunch*", "food", "cibo", "ristorazion*",
      "vending",
    ],
  },
  { domain: "catering", weight: 1, words: ["caffe", "coffee", "bar", "snack*", "drink*", "bevand*"] },
  {
    domain: "logistics",
    weight: 3,
    words: ["logist*", "magazzin*", "warehous*", "spedizion*", "spedire", "spedisc*", "shipping", "fleet", "courier*", "corrier*"],
  },
  { domain: "logistics", weight: 2, words: ["trasport*", "transport*", "veicol*", "vehicle*", "automobil*", "merce", "merci", "goods", "truck*", "camion*", "lorry", "lorries"] },
  { domain: "logistics", weight: 1, words: ["inventory", "inventario"] },
  { domain: "logistics", weight: 3, words: ["customs", "dogan*"] },
  { domain: "travel", weight: 3, words: ["trasfert*", "travel*", "viagg*", "hotel*", "voli", "flights"] },
  { domain: "travel", weight: 1, words: ["booking*", "prenotaz*", "prenotare"] },
  { domain: "safety", weight: 3, words: ["hsafety", "antincend*", "rspp", "infortun*", "firstaid", "evacuaz*", "dpi", "ppe"] },
  { domain: "logistics", weight: 3, words: ["forklift*", "mulett*", "carrelloelevatore"] },
  { domain: "safety", weight: 1, words: ["fire"] },
  {
    domain: "publicRelations",
    weight: 3,
    words: ["press", "pr", "investor*", "investitor*", "shareholder*", "azionist*", "mediarelations"],
  },
  { domain: "publicRelations", weight: 1, words: ["stampa"] },
  {
    domain: "events",
    weight: 3,
    words: ["festa", "feste", "party", "parties", "teambuilding", "christmas", "natale", "cena", "cene", "dinner", "dinners", "convention*", "attendee*", "convegn*"],
  },
  // Processing purchase orders is procurement's routine, whatever is bought.
  { domain: "procurement", weight: 2, words: ["purchaseorders"] },
  { domain: "supplies", weight: 1, words: ["supplies"] },
  { domain: "supplies", weight: 3, words: ["cancelleri*", "stationery", "officesupplies"] },
  { domain: "quality", weight: 3, words: ["qms"] },
  { domain: "corporate", weight: 3, words: ["fundraising", "mna", "esg", "sostenibilit*", "sustainab*", "csr"] },
];
