/**
 * Multi-word expressions whose meaning is not the sum of their words ("help desk", "buste paga",
 * "R&D", "sicurezza sul lavoro"). Each is rewritten to one token before the lexicon is consulted.
 *
 * A phrase written without articles and prepositions is matched after those are dropped
 * ("selezione personale" covers "selezione del personale" and "selezione personale"); a phrase
 * that contains one ("log in", "up to date") is matched on the words as typed, before they are
 * dropped. A trailing "*" on a word matches any ending.
 */
export const PHRASES: ReadonlyArray<readonly [replacement: string, phrases: readonly string[]]> = [
  ["helpdesk", ["help desk*", "service desk*", "supporto utenti"]],
  ["datacenter", ["data cent*", "sala macchine", "sale macchine", "sala server"]],
  ["rnd", ["r&d", "r d", "r&s", "r s", "ricerca sviluppo", "research development"]],
  [
    "infotech",
    [
      "sistemi informativi", "sistema informativo", "sistemi informatici", "servizi informatici",
      "information technology", "information systems", "tecnologie informazione",
    ],
  ],
  ["email", ["posta elettronica", "e mail*", "electronic mail"]],
  ["uptodate", ["up to date", "al passo"]],
  ["onprem", ["on prem*"]],
  ["sso", ["single sign on"]],
  ["rollout", ["roll out", "rolling out", "rolls out"]],
  // Controls built into our goods ("smart controls to the company's boilers", "il controllo da app").
  ["smartcontrols", ["smart control*", "controllo da app", "controllo app", "app control*", "controlli smart", "touch control*", "controllo touch", "controlli touch", "comandi touch"]],
  // A Wi-Fi module is a radio put into goods, like Bluetooth; Wi-Fi alone is the network.
  ["wifimodule", ["modulo wi fi", "moduli wi fi", "modulo wifi", "moduli wifi", "module wi fi", "module wifi", "wi fi modul*", "wifi modul*"]],
  ["wifi", ["wi fi"]],
  ["phaseout", ["phase out", "phasing out", "phases out"]],
  ["setup", ["set up", "setting up", "sets up"]],
  // A product the vendor no longer supports is at its end of life: an upgrade to plan, not a vendor to manage.
  ["endoflife", ["end of life", "fine vita", "end of support", "out of support", "no longer supported", "non piu supportat*", "fuori supporto", "non piu supportati dal produttore", "non piu supportato dal produttore", "no longer supported by the vendor"]],
  ["thirdparty", ["third party", "third parties", "terze parti", "terza parte", "parti terze"]],
  ["opensource", ["open source"]],
  ["engineering", ["progettazione meccanica", "progettazione elettronica", "progettazione elettrica", "mechanical engineering", "electrical engineering", "progettisti", "ufficio tecnico", "engineering org*", "technical team", "tech team", "team tecnico"]],
  ["industry40", ["industria 4 0", "industry 4 0", "impresa 4 0", "industria 4", "industry 4", "i4 0", "smart factory", "fabbrica intelligente"]],
  ["artificialintelligence", ["intelligenza artificiale", "artificial intelligence", "machine learning"]],
  ["payroll", ["busta paga", "buste paga", "cedolino paga"]],
  ["recruiting", ["selezione personale", "ricerca personale", "ricerca selezione", "talent acquisition", "job interview*"]],
  ["hr", ["risorse umane", "human resources", "people ops", "people operations", "hr business partner*", "hrbp", "sviluppo personale", "people development"]],
  [
    "hsafety",
    [
      "sicurezza lavoro", "sicurezza luoghi lavoro", "salute sicurezza", "health safety",
      "workplace safety", "occupational safety", "safety at work",
    ],
  ],
  ["physicalsecurity", ["sicurezza fisica", "physical security", "building security", "building access", "accesso edificio", "accessi edificio"]],
  ["edificio", ["building maintenance", "office building*", "manutenzione edifici*", "manutenzione sede"]],
  ["press", ["ufficio stampa", "press office", "comunicati stampa", "comunicato stampa", "press release*"]],
  ["pr", ["relazioni pubbliche", "public relations", "media relations"]],
  ["tradeshow", ["trade show*", "trade fair*", "networking event*", "evento networking", "eventi networking"]],
  ["socialmedia", ["social media", "social network*", "canali social"]],
  ["perfreview", ["performance review*", "valutazione performance", "valutazioni performance", "valutazione personale"]],
  ["employeerelations", ["employee relations", "relazioni sindacali", "relazioni industriali"]],
  ["payables", ["accounts payable", "accounts receivable", "crediti debiti", "contabilita fornitori", "contabilita clienti"]],
  ["balancesheet", ["balance sheet*"]],
  ["cashflow", ["cash flow*"]],
  ["controlling", ["controllo gestione"]],
  ["expensereport", ["spese rappresentanza", "note spese", "nota spese", "expense report*", "expense claim*", "rimborsi spese"]],
  // "Key account*" would take a job sheet's "Key accountability:" for sales work.
  ["keyaccount", ["key account", "key accounts", "key account manag*", "account manager*", "account executive*"]],
  ["leadgen", ["lead generation", "demand generation", "lead gen"]],
  ["crosssell", ["cross sell*", "up sell*"]],
  // Time lost is time to win back: the efficiency duty's subject, said without its words.
  ["timewaste", ["perdiamo tempo", "perdere tempo", "perde tempo", "perdono tempo", "tempo perso", "waste time", "wasting time", "wasted time", "time wasted", "lost time", "time lost",
    // Typing the same data again by hand is time lost too.
    "re keying", "re key", "rekeying", "double entry", "doppio inserimento", "doppia digitazione", "same data twice", "stessi dati due volte", "ridigitare",
  ]],
  // How colleagues talk to each other is internal communication.
  ["talkeachother", [
    "si parlano", "parlarsi", "talk to each other", "talks to each other", "talking to each other",
    "si scambiano informazioni", "scambiarsi informazioni", "scambio informazioni", "share information", "shares information",
    "si scrivono", "scriversi", "write to each other", "writes to each other",
  ]],
  // Licences that are not software's.
  ["buildingpermit", ["licenza edilizia", "licenze edilizie", "building permit*", "permesso costruire", "permessi costruire"]],
  ["brandlicensing", ["trademark licens*", "brand licens*", "licenza marchio", "licenze marchio", "licensing marchio", "licensing agreement*"]],
  ["interiordesign", ["architetto interni", "architetti interni", "architetto d interni", "interior design*", "interior architect*"]],
  // A company that sells to us is a supplier, not our sales.
  ["vendor", ["sell us", "sells us", "selling us", "ci vende", "ci vendono", "vendono a noi"]],
  // Portfolios that are not the product portfolio.
  ["investmentportfolio", ["portafoglio investimenti", "portafoglio titoli", "portafoglio finanziario", "investment portfolio", "financial portfolio"]],
  ["realestate", ["real estate", "portafoglio immobiliare", "patrimonio immobiliare"]],
  ["brevetti", ["portafoglio brevetti", "patent portfolio"]],
  ["brand", ["portafoglio marchi", "brand portfolio"]],
  ["taxcredit", ["r&d tax credit*", "tax credit*", "credito imposta", "credito d imposta", "crediti d imposta", "crediti imposta"]],
  ["moreprofit", ["earn more", "earns more", "make more money", "far rendere di piu", "rendere di piu", "renda di piu", "rendano di piu"]],
  ["lesspaper", ["meno carta", "less paper", "meno passaggi", "fewer steps", "fewer handoffs"]],
  ["lesstime", ["meno ore", "meno tempo", "fewer hours", "less time"]],
  // Renewing certificates is keeping a service secure, not a contract.
  ["certrenewal", [
    "rinnovare certificati", "rinnovo certificati", "rinnova certificati", "renew certificates", "renews certificates", "renewing certificates", "certificate renewal*",
    // An expired certificate is the same work, after it went wrong.
    "expired certificate*", "certificate expir*", "certificates expir*", "certificato scaduto", "certificati scaduti", "certificato ssl scaduto",
  ]],
  ["linemanagement", ["line management", "line manager", "line managers", "people management", "gestione persone", "gestione personale"]],
  ["paymentterms", ["payment terms", "termini pagamento", "condizioni pagamento"]],
  // A wiki or an intranet named as where something is kept ("il documento è sulla wiki") is a place, not a system to build.
  ["whereitsfiled", ["sulla wiki", "sulla intranet", "sull intranet", "nella wiki", "nella intranet", "on the wiki", "on the intranet", "in the wiki"]],
  // How teams are shaped and how people grow are the organisation's words, not architecture or development work
  // (the development gap of a succession plan is the successor's, and no duty either way).
  ["teamtopology", ["team topology", "team topologies"]],
  ["developmentgap", ["development gap", "development gaps", "development need", "development needs", "gap di sviluppo", "area di sviluppo", "aree di sviluppo"]],
  // Reviewing contracts (clauses, liability, before signature) is the lawyers' work, whoever the other party is.
  ["contractreview", ["contract review", "contract reviews", "revisione contratti", "revisione contratto", "revisioni contratti"]],
  ["supplierportal", ["portale fornitori", "supplier portal", "vendor portal", "procurement portal"]],
  ["utilityenergy", ["energia elettrica", "luce gas", "electricity gas", "gas supply", "fornitura gas", "fornitori energia", "fornitore energia", "energy supplier*", "energy provider*"]],
  ["progettazione", ["come saranno fatti", "come sara fatta", "come devono essere fatti", "come deve essere fatta", "how it will be built", "how they will be built"]],
  ["catalogo", ["in commercio", "on the market"]],
  // Italian administrative prose keeps things "in efficienza": in working order, not more efficient.
  ["funzionante", ["in efficienza", "in piena efficienza", "in perfetta efficienza", "in buona efficienza", "in stato efficienza"]],
  // A vendor's release or patch is an update to apply, not a vendor to work with.
  ["upgrade", ["vendor release*", "vendor update*", "vendor patch*", "vendor upgrade*", "rilasci fornitore", "rilascio fornitore", "aggiornamenti fornitore", "patch fornitore"]],
  // How well a product sells says which product, not that the work is selling.
  ["bestseller", ["best selling", "worst selling", "top selling", "poor selling", "slow selling", "piu venduti", "meno venduti", "piu venduto", "meno venduto"]],
  ["automation", ["no code", "low code", "nocode", "lowcode", "auto generate*", "auto generating", "auto generated", "auto generation", "generazione automatica", "generati automaticamente", "generate automaticamente"]],
  // Haggling with a vendor, said without "negotiate".
  ["negotiation", ["better terms", "across the table", "condizioni migliori", "condizioni piu vantaggiose", "spuntare condizioni"]],
  // A pitch deck's or a document's headings say where the line comes from, not what the work is.
  ["heading", ["team slide", "slide team"]],
  // A formal notice's opening ("Con la presente si comunica che…") announces; it is not communication work.
  ["notice", ["con la presente si comunica", "si comunica che", "si rende noto che", "we hereby inform", "this is to inform"]],
  // Investors' money raised is corporate finance.
  ["fundraising", ["seed round*", "funding round*", "round finanziamento", "round di finanziamento", "series a", "series b", "series c", "raccolta capitali", "aumento capitale", "aumento di capitale"]],
  // The public a public body serves is its customer base.
  ["clienti", ["utenza esterna", "utenti esterni servizi", "utenza servita"]],
  // A salesperson's book of clients is sales work.
  ["clientbook", ["portafoglio clienti", "client portfolio", "book of clients", "book of business", "parco clienti zona"]],
  // Where an organisation sits, named as such: not work on the buildings.
  ["orgsite", ["sede centrale", "sedi periferiche", "uffici periferici", "sede legale", "head office", "headquarters", "branch office*", "sedi territoriali", "uffici territoriali", "punti vendita", "punto vendita"]],
  // Networks that carry water, gas, power or traffic: utilities and public works, not IT.
  ["utilitynetwork", ["rete idrica", "reti idriche", "rete fognaria", "reti fognarie", "rete gas", "rete del gas", "rete elettrica", "rete stradale", "rete viaria", "water network*", "sewer network*", "power grid*", "gas network*", "road network*", "electricity grid*"]],
  // Technology "we ship" is what the company sells.
  ["offering", ["we ship", "che spediamo ai clienti"]],
  // A network of shops, agents or dealers sells; it is not the company's network.
  [
    "salesnetwork",
    [
      "rete vendita", "rete vendite", "rete commerciale", "rete agenti", "rete negozi", "rete punti vendita", "rete franchising",
      "rete distributiva", "rete distribuzione", "distribution network", "sales network", "retail network", "store network", "franchise network", "dealer network",
      "network franchise*", "network stores", "network shops", "network dealers", "network distributors", "network agents",
    ],
  ],
  // Suppliers' master data (bank details, VAT numbers) is accounts payable's record, not a relationship.
  ["vendormasterdata", ["anagrafica fornitori", "anagrafiche fornitori", "supplier master data", "vendor master data", "master data fornitori"]],
  ["fleet", ["rinnovo parco auto*", "rinnovo parco veicol*", "rinnovo parco mezzi", "rinnovo flotta", "parco auto", "auto aziendali", "auto aziendale", "company car*", "car fleet", "flotta aziendale"]],
  ["catering", ["buoni pasto", "meal voucher*"]],
  ["firstaid", ["primo soccorso", "first aid"]],
  ["stoppedworking", ["stopped working", "stops working", "stop working", "smesso di funzionare", "smette di funzionare", "non funziona piu"]],
  // What customers ask for is what they need.
  ["customerrequests", ["customer requests", "customers requests", "customer asks", "richieste clienti", "richieste dei clienti", "richieste da clienti"]],
  ["carrelloelevatore", ["carrello elevatore", "carrelli elevatori"]],
  ["o365", ["office 365", "microsoft 365", "m365"]],
  ["googleworkspace", ["google workspace", "g suite"]],
  ["msteams", ["microsoft teams", "ms teams"]],
  ["backoffice", ["back office"]],
  ["teambuilding", ["team building"]],
  ["workinghours", ["working hours", "man hours", "ore lavoro", "ore lavorative", "ore uomo", "hours of work"]],
  ["daily", ["day to day", "giorno per giorno"]],
  ["servicelevels", ["livelli servizio", "livello servizio", "service level*"]],
  ["bottomline", ["bottom line"]],
  ["rawmaterials", ["raw material*", "materie prime", "materia prima"]],
  ["shopfloor", ["shop floor", "reparto produttivo", "reparti produttivi"]],
  [
    "collabtool",
    [
      "collaboration tool*", "collaboration platform*", "collaboration suite*", "collaboration software",
      "strumenti collaborazione", "strumenti collaborativi", "piattaforma collaborazione",
      "piattaforme collaborazione", "digital workplace",
    ],
  ],
  [
    "intranet",
    [
      "portale interno", "portali interni", "portale dipendenti",
      "internal portal*", "employee portal*", "employee hub", "portale aziendale",
    ],
  ],
  ["disasterrecovery", ["disaster recovery", "business continuity", "continuita operativa"]],
  ["activedirectory", ["active directory"]],
  ["newhires", ["new hire*", "nuovi assunti", "neo assunti", "new joiner*", "new starter*"]],
  ["incharge", ["in charge"]],
  ["fittogether", ["fit together", "fits together", "stanno insieme", "si integrano", "come si collegano", "si collegano tra loro", "how they connect", "integrarsi tra loro", "integrano tra loro", "integrate with each other"]],
  ["inpiedi", ["in piedi"]],
  ["utilinetti", ["gli utili", "utili netti", "utile netto", "utile operativo"]],
  ["engineering", ["reparto progettazione", "ufficio progettazione", "reparto progettisti"]],
  ["oncall", ["on call", "on-call"]],
  // The building's air conditioning and car park are facilities' ("got the air con working again", "the car-park barrier").
  ["hvac", ["air con", "air conditioning", "aria condizionata", "air conditioner*"]],
  ["parking", ["car park*"]],
  // Taking the call is deciding ("takes the call on failover", "the right call"), not a phone call to keep up.
  ["decides", ["take the call", "takes the call", "took the call", "taking the call", "make the call", "makes the call", "made the call", "right call", "bold call", "tough call", "judgment call", "judgement call"]],
  ["lifecycle", ["ciclo vita", "ciclo di vita", "life cycle", "life cycles"]],
  ["manualwork", ["manual work", "manual task*", "manual process*", "attivita manuali", "attivita manuale", "lavoro manuale", "lavori manuali", "operazioni manuali"]],
  ["noloriserve", ["non servono piu", "non serve piu", "non servono", "no longer serve*", "no longer needed", "no longer useful", "non piu utili"]],
  ["digitalizzazione", ["trasformazione digitale", "digital transformation", "transizione digitale"]],
  ["opex", ["costi operativi", "costi operazionali", "operating cost*", "operational cost*", "operating expense*", "spese operative"]],
  ["softwaredevelopment", ["sviluppo software", "software development", "sviluppo applicativo", "application development", "sviluppo applicazioni"]],
  ["mdm", ["mobile device management"]],
  ["techdirection", ["technical direction", "technology direction", "tech direction", "technical vision", "technology vision", "indirizzo tecnologico", "indirizzo tecnico"]],
  ["employmentcontract", ["contratti lavoro", "contratto lavoro", "employment contract*", "labour contract*", "labor contract*"]],
  ["ensure", ["make sure", "making sure", "makes sure", "assicurarsi che"]],
  ["login", ["log in", "log on", "sign in", "log into", "logging in", "log onto", "sign into", "signing in"]],
  ["managementaccounts", ["management accounts", "annual accounts", "statutory accounts", "financial accounts", "conti annuali"]],
  ["bizdev", ["business development", "biz dev", "sviluppo commerciale", "sviluppo business"]],
  [
    "techstack",
    [
      "tech stack", "technology stack", "technical stack", "stack tecnologico", "scelte tecnologiche",
      "technology choices", "technical choices", "scelte architetturali", "architectural choices",
    ],
  ],
  [
    "cybersecurity",
    ["information security", "sicurezza informatica", "sicurezza informazioni", "cyber security", "infotech security", "sicurezza infotech", "infosec"],
  ],
  ["endusers", ["end user*", "utenti finali", "utente finale"]],
  ["customerbase", ["customer base", "base clienti", "client base", "user base", "parco clienti"]],
  ["unifiedcomms", ["unified communication*"]],
  ["softwarehouse", ["software house*", "software vendor*", "software provider*", "saas vendor*", "saas provider*"]],
  ["itsm", ["service management", "gestione servizi infotech"]],
  // "Rinnovo del parco server" is a refresh of the equipment, not a contract renewal.
  ["techrefresh", ["rinnovo parco", "server refresh", "pc refresh", "laptop refresh", "device refresh", "rinnovo tecnologico", "technology refresh", "tech refresh", "hardware refresh", "refresh tecnologico", "ammodernamento tecnologico"]],
  ["utilinetti", ["l utile", "dell utile", "utile aziendale", "utili aziendali"]],
  ["vendor", ["supply base", "supplier base", "base fornitori", "parco fornitori", "albo fornitori"]],
  ["purchaseorders", ["ordini acquisto", "ordine acquisto", "ordini d acquisto", "purchase order*"]],
  [
    "softskills",
    [
      "soft skill*", "negotiation skill*", "communication skill*", "leadership skill*", "public speaking",
      "tecniche negoziazione", "tecniche vendita", "corsi lingua", "corso lingua", "language course*", "english course*",
    ],
  ],
  // A performance bonus is pay, like "bonus" ("l'accordo lega il premio di risultato ai profitti").
  ["bonus", ["premio di risultato", "premi di risultato", "premio di produzione", "premio aziendale"]],
  // Deciding what things cost is pricing, however it is put ("Decido quanto costano le cose che vendiamo").
  ["pricing", ["quanto costano", "quanto costa", "how much things cost", "how much they cost", "what things cost"]],
  // "The new plant's own server room", "its own server room": a thing's own says whose, not that someone owns it.
  ["ownadjective", ["its own"]],
  ["faster", ["speed up", "speeds up", "speeding up", "sped up"]],
  ["sysadmins", ["system administrator*", "systems administrator*", "system admin", "system admins"]],
  // Taking a product off sale retires it.
  ["discontinue", ["stop selling", "stop offering", "cease selling", "smettere vendere", "non vendere piu", "togliere vendita", "end of sale", "withdraw from sale", "ritirare dal mercato",
    // …and so does no longer making it, as a job is told to a child ("which toys our company stops making").
    "stop making", "stops making", "stopped making", "smettere produrre", "smette produrre", "smettiamo produrre", "non produciamo piu"]],
  // Starting to make a product brings it into the range.
  ["introduce", ["start making", "starts making", "started making", "iniziare produrre", "inizia produrre", "iniziamo produrre", "cominciamo produrre"]],
  ["itteam", ["infotech group", "gruppo infotech", "infotech crew"]],
  ["account", ["profili utente", "profilo utente", "user profile*", "profili accesso", "profili autorizzativi", "ruoli permessi", "roles permissions"]],
  ["customer", ["people who use", "who use our", "users of our", "chi usa", "chi utilizza", "utilizzatori"]],
  ["qms", ["quality management system*", "quality management", "sistema qualita", "sistema gestione qualita", "sistemi gestione qualita", "certificazione qualita", "quality certification*", "iso 9001", "iso 14001", "iso 45001"]],
  ["iso27001", ["iso 27001", "iso iec 27001"]],
  ["offering", ["we sell", "we make", "che vendiamo", "che produciamo", "what we sell", "what we make", "what we offer", "what we ship", "quello che vendiamo", "cio che vendiamo", "cosa vendiamo", "quello che offriamo", "quello che produciamo", "what the company sells", "cio che azienda vende"]],
  ["costout", ["cost out", "cost reduction*", "cost cutting", "cost savings", "riduzione costi", "taglio costi", "contenimento costi"]],
  ["itservices", ["servizi infotech", "infotech services", "infotech service", "servizio infotech", "servizi ict", "ict services"]],
  ["contoeconomico", ["conto economico", "income statement", "profit loss"]],
  ["collabtool", ["internal social network*", "enterprise social network*", "social network interno", "social network interni", "social network aziendale", "social network aziendali", "social intranet"]],
  ["officesupplies", ["materiali consumo", "materiale consumo", "consumables"]],
  ["msp", ["managed service provider*", "managed services provider*", "fornitori servizi gestiti"]],
  ["selfservice", ["self service"]],
  ["officesupplies", ["office supplies", "materiale ufficio", "forniture ufficio"]],
  // "quali risparmi ha prodotto la tecnologia": the verb (produced), not a product.
  ["haprodotto", ["ha prodotto", "hanno prodotto", "abbiamo prodotto", "ho prodotto", "aveva prodotto", "avevano prodotto"]],
  // Trains that carry people are goods a rolling-stock maker builds, not staff being trained ("our commuter trains").
  ["rollingstock", ["commuter train*", "passenger train*", "regional train*", "high speed train*", "rolling stock", "materiale rotabile", "treni passeggeri", "treni regionali"]],
  // "the merchants who buy our products", "chi compra le nostre caldaie": the customers.
  ["customerbase", ["who buy", "who buys", "chi compra", "chi acquista", "chi ci compra"]],
  // What people ask for ("turns what they ask for into the technical plan", "cosa chiedono gli agricoltori") is heard.
  ["askfor", ["ask for", "asks for", "asked for", "asking for", "what they ask", "cosa chiedono", "ci chiedono"]],
  // A code of conduct is a company policy, not our goods nor code ("'Our Code of Conduct': Legal walks suppliers through…").
  ["codeofconduct", ["code of conduct", "codes of conduct", "codice etico", "codice di condotta", "codice di comportamento"]],
  // "our IT infrastructure team": the infrastructure's team, named with IT, not the IT department as a whole.
  ["infrateam", ["infotech infrastructure team*", "infotech infra team*"]],
  ["mna", ["m&a", "mergers acquisitions", "fusioni acquisizioni"]],
  ["painpoints", ["pain point*"]],
  [
    "customerservice",
    [
      "call center*", "call centre*", "contact center*", "contact centre*", "customer care", "customer service", "customer support", "servizio clienti",
      "assistenza clienti", "supporto clienti", "assistenza cliente", "supporto cliente", "servizio cliente",
    ],
  ],
  // "In support of the goals" says what a strategy is for; it is not IT support.
  ["insupportof", ["a supporto", "in support of", "a sostegno", "in supporto"]],
  ["productmanagement", ["product management", "product manager*", "product mgmt", "product owner*", "gestione prodotto", "gestione prodotti", "product ownership"]],
  ["gotomarket", ["go to market", "immissione mercato", "messa mercato", "lancio mercato"]],
  ["collabtool", ["collaboration platform*", "collaboration tool*", "piattaforma collaboration", "piattaforme collaboration", "strumenti collaboration", "digital workplace"]],
  ["customersatisfaction", ["customer satisfaction", "soddisfazione clienti", "soddisfazione cliente"]],
  ["powerbi", ["power bi"]],
  ["pianotriennale", ["piano triennale informatica", "piano triennale ict", "piano triennale it"]],
  ["dispositivimedici", ["dispositivi medici"]],
  ["medicaldevices", ["medical devices"]],
  ["schedeelettroniche", ["schede elettroniche", "scheda elettronica", "printed circuit board*", "circuit board*", "circuiti stampati"]],
  ["helpdesk", ["first call resolution", "first time fix", "first contact resolution"]],
  // Who buys from us, and who supplies us, described rather than named.
  ["clienti", ["chi acquista", "chi compra", "who buy our", "who buys our", "people who use our", "chi usa nostri", "chi utilizza nostri"]],
  ["fornitori", ["that makes our", "that make our", "che produce nostri", "che producono nostri", "that supplies our", "that supply our", "who supplies our", "who supply our", "che ci fornisce", "che ci forniscono", "chi ci fornisce", "chi ci rifornisce", "firms that make our", "companies that make our", "firms that supply", "companies that supply", "that supplies", "that supply", "who supplies", "which supplies"]],
  // Showing colleagues how to use a tool is training them on it.
  ["macchineutensili", ["macchine utensili"]],
  ["machinetools", ["machine tools"]],
  ["coffeemachines", ["coffee machines"]],
  ["macchinecaffe", ["macchine caffe", "macchine da caffe"]],
  ["artificialintelligence", ["visione artificiale", "computer vision", "machine vision"]],
  // "Redditività operativa" is operating profit, not IT operations.
  ["profit", ["redditivita operativa", "margine operativo", "risultato operativo", "operating margin*", "operating profit*", "operating income"]],
  ["creditmanagement", ["gestione credito", "recupero crediti", "credit management", "credit control"]],
  ["protocolloinformatico", ["protocollo informatico"]],
  ["albopretorio", ["albo pretorio"]],
  // An office move, the building's plant rooms (rounds 37 and 39).
  ["officemove", ["office move", "office moves", "office relocation", "trasloco uffici"]],
  ["plantroom", ["boiler room", "boiler rooms", "locale caldaie", "locale caldaia", "centrale termica", "plant room"]],
  ["buildinginfrastructure", ["building infrastructure", "infrastruttura edificio", "infrastrutture edificio"]],
  // IT as a partner of the business ("passare da «costo IT» a partner del business") is a stance towards the business, not a vendor.
  ["business", ["partner del business", "business partner", "partner of the business", "partner to the business", "partner per il business"]],
  // The quality a profit strategy must not sacrifice is quality, whatever it is of ("senza sacrificare la qualità del prodotto"):
  // not a product to manage.
  ["sacrificare", ["sacrificare qualita prodotto", "sacrificare qualita prodotti", "sacrificando qualita prodotto", "sacrificing product quality", "sacrificing quality product", "sacrificing quality products", "sacrifice product quality", "sacrificing quality our products"]],
  // What materials cost to buy is their price ("ridurre il costo d'acquisto di acciaio e imballi").
  ["prezzo", ["costo acquisto", "costo d acquisto", "costi acquisto", "costi d acquisto", "purchase cost", "purchase costs", "purchase price", "purchase prices", "prezzo acquisto", "prezzo d acquisto", "offerta piu bassa", "offerte piu basse", "massimo ribasso"]],
  // "the group's servers": the company's group, not a team.
  ["companygroup", ["group s"]],
  ["training", ["walk through", "walks through", "walking through", "how to use", "come usare", "come utilizzare", "hands on sessions", "hands on session"]],
];

/**
 * Function words of both languages, dropped before phrases and lexicon are applied. They carry no
 * sense of their own here, and dropping them lets phrases ignore articles and prepositions.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  // Italian
  "il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno", "di", "del", "dello", "della", "dei",
  "degli", "delle", "dell", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall", "in",
  "nel", "nello", "nella", "nei", "negli", "nelle", "nell", "su", "sul", "sullo", "sulla", "sui",
  "sugli", "sulle", "sull", "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all", "con",
  "per", "tra", "fra", "e", "ed", "o", "od", "che", "nostro", "nostra", "nostri", "nostre", "loro",
  "suo", "sua", "suoi", "sue", "ogni", "tutto", "tutti", "tutte", "tutta", "piu", "anche", "sono",
  "essere", "ci", "si", "non", "come", "mio", "mia",
  // English
  "the", "a", "an", "of", "to", "for", "and", "or", "with", "our", "your", "their", "its", "on",
  "at", "by", "from", "into", "onto", "across", "all", "every", "each", "this", "that", "these",
  "those", "is", "are", "be", "we", "us", "my", "s", "&",
]);

/**
 * Lower-case "it" is usually the English pronoun ("keep it running"). It means IT only next to
 * words that only ever go with IT ("the it team", "reparto it"). Upper-case "IT" is read as IT
 * before folding, so this matters only for text typed all in lower case.
 */
export const IT_BEFORE: ReadonlySet<string> = new Set([
  "the", "our", "your", "their", "l", "dell", "all", "nell", "sull", "dall", "reparto", "ufficio",
  "team", "area", "settore", "funzione", "direzione", "responsabile", "direttore", "servizi",
  "supporto", "assistenza", "operazioni", "infrastruttura", "sistemi", "fornitori", "strategia",
  "costi", "budget", "progetti", "sicurezza", "personale", "staff", "asset", "governance", "head",
]);

export const IT_AFTER: ReadonlySet<string> = new Set([
  "department", "dept", "team", "ops", "operations", "helpdesk", "help", "support", "services",
  "service", "infrastructure", "systems", "strategy", "budget", "staff", "security", "vendors",
  "suppliers", "assets", "governance", "function", "projects", "costs", "tickets", "roadmap",
  "policies", "director", "manager", "landscape", "spend", "organisation",
  "organization",
]);
