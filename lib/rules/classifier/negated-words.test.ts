import { describe, expect, it } from "vitest";
import { foldText, words } from "../text/fold";
import { foldClauses } from "./fold-clauses";
import { negatedWords } from "./negated-words";

const ACTIONS = new Set(["progetta", "gestisce", "design", "runs", "manages"]);
const OUT_OF_SCOPE = new Set(["tagli", "sales", "payroll", "hr"]);

/** The words a negation leaves, with only the listed words counting as actions and out-of-scope work. */
function kept(text: string, protect: (word: string) => boolean = () => false): string[] {
  const { words: folded, ends, bracketed } = foldClauses(text);
  const dropped = negatedWords(
    folded,
    ends,
    (index) => protect(folded[index] as string),
    (word) => ACTIONS.has(word),
    (index) => (OUT_OF_SCOPE.has(folded[index] as string) ? 1 : 0),
    bracketed,
  );
  return folded.filter((_, index) => !dropped.has(index));
}

describe("foldClauses", () => {
  it("gives the same words as folding the whole text, and where clauses end", () => {
    const text = "Non progetta l'infrastruttura, ma la gestisce: server; rete – backup. 99,95% uptime";
    const { words: folded, ends } = foldClauses(text);
    expect(folded).toEqual(words(foldText(text)));
    expect(ends.get(folded.indexOf("infrastruttura"))).toBe("soft");
    expect(ends.get(folded.indexOf("gestisce"))).toBe("hard");
    expect(ends.get(folded.indexOf("rete"))).toBe("hard");
    // A decimal comma ends nothing.
    expect(ends.has(folded.indexOf("99"))).toBe(false);
  });

  it("says which words stand in brackets", () => {
    const { words: folded, bracketed } = foldClauses("Commento anonimo (Ufficio acquisti): la VPN (di nuovo) cade");
    expect([...bracketed].map((index) => folded[index])).toEqual(["ufficio", "acquisti", "di", "nuovo"]);
  });
});

describe("negatedWords", () => {
  it("drops only the out-of-scope work of a constraint ('senza', 'without')", () => {
    expect(kept("Più margine senza tagli al servizio")).toEqual(["piu", "margine", "al", "servizio"]);
    expect(kept("Grows profit without hurting sales, and runs payroll")).toEqual(["grows", "profit", "hurting", "and", "runs", "payroll"]);
    expect(kept("Manages the network without interruptions")).toEqual(["manages", "the", "network", "interruptions"]);
  });

  it("drops a team page's 'Meet X:' heading and a job ad's benefits", () => {
    expect(kept("Meet Lara: she runs the team")).toEqual(["she", "runs", "the", "team"]);
    expect(kept("Gestisce i server. Offriamo welfare e formazione")).toEqual(["gestisce", "i", "server"]);
    expect(kept("We offer: payroll, training. Manages the network")).toEqual(["manages", "the", "network"]);
    // Not at the start of a sentence, "offriamo" is what the company sells.
    expect(kept("Gestisce i servizi che offriamo")).toEqual(["gestisce", "i", "servizi", "che", "offriamo"]);
  });

  it("drops a commit message's type ('fix:', 'feat(crm):') but not the same word in the work", () => {
    expect(kept("fix: grant the CRM role")).toEqual(["grant", "the", "crm", "role"]);
    expect(kept("feat(crm): new role")).toEqual(["crm", "new", "role"]);
    expect(kept("Fix printers and laptops")).toEqual(["fix", "printers", "and", "laptops"]);
  });

  it("drops a newsletter's, an invite's, a badge's or an award's heading, only when it ends in a colon or dash", () => {
    expect(kept("Newsletter: the new intranet is live")).toEqual(["the", "new", "intranet", "is", "live"]);
    expect(kept("Weekly sync – open tickets")).toEqual(["open", "tickets"]);
    expect(kept("Ask me about: VPN, phones")).toEqual(["vpn", "phones"]);
    expect(kept("Nominated for Manager of the Year: Kim, who runs IT")).toEqual(["kim", "who", "runs", "it"]);
    expect(kept("Newsletter and social media")).toEqual(["newsletter", "and", "social", "media"]);
  });

  it("drops a survey comment's or an exit interview's heading, with the unit in brackets after it", () => {
    expect(kept("Commento anonimo (Logistica): mi manca l'accesso")).toEqual(["mi", "manca", "l", "accesso"]);
    expect(kept("Anonymous comment (Finance): the bot saves payroll hours")).toEqual(["the", "bot", "saves", "payroll", "hours"]);
    expect(kept("Exit interview remark: I ran the servers")).toEqual(["i", "ran", "the", "servers"]);
    expect(kept("Colloquio di uscita (architetto): ho disegnato la rete")).toEqual(["ho", "disegnato", "la", "rete"]);
    // Only as a heading closed by a colon or a dash, at the start.
    expect(kept("Exit interviews and payroll")).toEqual(["exit", "interviews", "and", "payroll"]);
    expect(kept("Runs the anonymous comment box (payroll): weekly")).toEqual(["runs", "the", "anonymous", "comment", "box", "payroll", "weekly"]);
  });

  it("drops the heading of the document a line is taken from, with its number, but not a clause's title", () => {
    expect(kept("COMUNICATO STAMPA – Nasce la Direzione Infrastrutture")).toEqual(["nasce", "la", "direzione", "infrastrutture"]);
    expect(kept("Press release – The new CTO")).toEqual(["the", "new", "cto"]);
    expect(kept("Commento in review: lo script riconcilia")).toEqual(["lo", "script", "riconcilia"]);
    expect(kept("Verbale RSU – La direzione presenta")).toEqual(["la", "direzione", "presenta"]);
    expect(kept("Review on PR #88 (ansible/backup): fix the job")).toEqual(["fix", "the", "job"]);
    expect(kept("SOW §3.1 – Il Fornitore conduce")).toEqual(["il", "fornitore", "conduce"]);
    expect(kept("SOW §8.1 (sviluppo firmware) – Il Fornitore")).toEqual(["sviluppo", "firmware", "il", "fornitore"]);
    // Only at the start and closed by a colon or a dash.
    expect(kept("Scrive il comunicato stampa: ogni mese")).toEqual(["scrive", "il", "comunicato", "stampa", "ogni", "mese"]);
    expect(kept("Press release and social media")).toEqual(["press", "release", "and", "social", "media"]);
  });

  it("drops the frame a line is written in: a status page, an interview question, a review reply, a farewell, a job sheet, a child's explanation", () => {
    expect(kept("Stato servizi (clienti) – Avviso: l'app Classic verrà ritirata")).toEqual(["l", "app", "classic", "verra", "ritirata"]);
    expect(kept("Status page – Resolved: heating restored")).toEqual(["heating", "restored"]);
    expect(kept("Stato servizi – Manutenzione programmata: sabato la direzione")).toEqual(["sabato", "la", "direzione"]);
    expect(kept("Interview question for our next CIO: 'Which strategies'")).toEqual(["which", "strategies"]);
    expect(kept("Domanda al colloquio per il nuovo CIO: «Quali leve»")).toEqual(["quali", "leve"]);
    expect(kept("Reply to a Glassdoor review ('bonus unclear'): 'The bonus'")).toEqual(["the", "bonus"]);
    expect(kept("Farewell speech for Ahmed: 'He negotiated'")).toEqual(["he", "negotiated"]);
    expect(kept("Job evaluation – Position: VP Engineering – Key accountability")).toEqual(["vp", "engineering", "key", "accountability"]);
    expect(kept("Manuale di direzione – Capitolo 3 «Sistemi informativi»: le strategie")).toEqual(["capitolo", "3", "sistemi", "informativi", "le", "strategie"]);
    expect(kept("Spiegato a mia figlia: «Decido quanto costano»")).toEqual(["decido", "quanto", "costano"]);
    expect(kept("How I explained it to my son: 'I make sure'")).toEqual(["i", "make", "sure"]);
    // A child must be the listener, and the frame must be closed by a colon or a dash at the start.
    expect(kept("How I explained the outage: the switch failed")).toEqual(["how", "i", "explained", "the", "outage", "the", "switch", "failed"]);
    expect(kept("Runs the status page – uptime")).toEqual(["runs", "the", "status", "page", "uptime"]);
  });

  it("drops a meeting's agenda item heading and a parking lot's, keeping the item", () => {
    expect(kept("IT Steering Committee – Item 5: the Teams upgrade")).toEqual(["the", "teams", "upgrade"]);
    expect(kept("Comitato guida IT – Punto 2 all'OdG: governo dei server")).toEqual(["governo", "dei", "server"]);
    expect(kept("Comitato guida IT – Punto 11 (ospite il CTO): organico dell'ingegneria")).toEqual(["organico", "dell", "ingegneria"]);
    expect(kept("IT Steering Committee – Item 16 (Finance): year-end accruals")).toEqual(["year", "end", "accruals"]);
    expect(kept("IT Steering Committee – AOB: date of the offsite")).toEqual(["date", "of", "the", "offsite"]);
    expect(kept("Comitato guida IT – Varie: acquisto di sedie")).toEqual(["acquisto", "di", "sedie"]);
    expect(kept("Item 3: renewing the licences")).toEqual(["renewing", "the", "licences"]);
    expect(kept("Parking lot (ops review): who owns the servers?")).toEqual(["who", "owns", "the", "servers"]);
    expect(kept("Parking lot item: CRM logins")).toEqual(["crm", "logins"]);
    expect(kept("Parcheggiato (riunione del lunedì): centralino e posta")).toEqual(["centralino", "e", "posta"]);
    // An item needs its number, and the heading must be closed by a colon or a dash.
    expect(kept("SWOT – Punto di forza: data center")).toEqual(["swot", "punto", "di", "forza", "data", "center"]);
    expect(kept("Action item: Sara to patch the PBX")).toEqual(["action", "item", "sara", "to", "patch", "the", "pbx"]);
    expect(kept("Manages the parking lot: visitors and staff")).toEqual(["manages", "the", "parking", "lot", "visitors", "and", "staff"]);
  });

  it("drops the frame of a self-assessment, an objection, a card sort, a Slido question, advisory-board notes, onboarding tips", () => {
    expect(kept("Self-assessment – Goal 1: close the books")).toEqual(["close", "the", "books"]);
    expect(kept("Self-assessment – What I'm proud of: the dealer convention")).toEqual(["the", "dealer", "convention"]);
    expect(kept("Autovalutazione – Cosa ho fatto: ho disegnato la rete")).toEqual(["ho", "disegnato", "la", "rete"]);
    expect(kept("Objection (business units, on the IT reorg): 'We'll lose our servers'")).toEqual(["we", "ll", "lose", "our", "servers"]);
    expect(kept("Obiezione del cliente: «Il prezzo è alto»")).toEqual(["il", "prezzo", "e", "alto"]);
    expect(kept("Card sort (org design workshop) – card: 'Run the server rooms'")).toEqual(["run", "the", "server", "rooms"]);
    expect(kept("Card sorting – cartellino: «Listini e sconti»")).toEqual(["listini", "e", "sconti"]);
    expect(kept("Slido (29 upvotes): 'Is IT just a cost?'")).toEqual(["is", "it", "just", "a", "cost"]);
    expect(kept("Domanda Slido (16 voti): «Le nostre biciclette?»")).toEqual(["le", "nostre", "biciclette"]);
    expect(kept("CAB notes (spring session): members asked")).toEqual(["members", "asked"]);
    expect(kept("Note del Customer Advisory Board: un membro ha segnalato")).toEqual(["un", "membro", "ha", "segnalato"]);
    expect(kept("What I wish I knew in week one: every server")).toEqual(["every", "server"]);
    expect(kept("Cose che avrei voluto sapere: il badge apre")).toEqual(["il", "badge", "apre"]);
  });

  it("drops a support macro's label and a message's greeting, keeping the macro's title", () => {
    expect(kept("Macro «Aggiornamento firmware» – Gentile cliente, il nuovo firmware")).toEqual(["aggiornamento", "firmware", "il", "nuovo", "firmware"]);
    expect(kept("Hi {{first_name}}, your access is enabled")).toEqual(["your", "access", "is", "enabled"]);
    // Only at the start of a clause, closed by a comma within three words.
    expect(kept("Say hi to the customer, then reset")).toEqual(["say", "hi", "to", "the", "customer", "then", "reset"]);
    expect(kept("Ciao a tutti i clienti del nord: da oggi")).toEqual(["ciao", "a", "tutti", "i", "clienti", "del", "nord", "da", "oggi"]);
  });

  it("drops the out-of-scope words of the signature of a reply to a review, not the end of other lines", () => {
    expect(kept("Reply to a review: 'Our team runs the servers. – Priya, HR'")).toEqual(["our", "team", "runs", "the", "servers", "priya"]);
    expect(kept("Risposta alla recensione: «Grazie! – Davide, Ufficio tecnico»")).toEqual(["grazie", "davide", "ufficio", "tecnico"]);
    expect(kept("Owner: Marco – servers, HR")).toEqual(["owner", "marco", "servers", "hr"]);
  });

  it("drops a chat transcript's time and speaker, not the words they said", () => {
    expect(kept("[11:20] Tom: how long? [11:21] Priya: two days")).toEqual(["how", "long", "two", "days"]);
    expect(kept("08:30 – Controllo i backup")).toEqual(["08", "30", "controllo", "i", "backup"]);
  });

  it("does not read 'instead of' before an amount as an exclusion", () => {
    expect(kept("two days instead of five since we automated it")).toEqual(["two", "days", "instead", "of", "five", "since", "we", "automated", "it"]);
    expect(kept("due giorni invece di cinque")).toEqual(["due", "giorni", "invece", "di", "cinque"]);
    expect(kept("runs the servers instead of payroll")).toEqual(["runs", "the", "servers"]);
  });

  it("drops a plan's assignee label but not the assignee", () => {
    expect(kept("T3.2 Migrazione delle VM – risorsa: Infrastruttura IT")).toEqual(["t3", "2", "migrazione", "delle", "vm", "infrastruttura", "it"]);
    expect(kept("Gestisce le risorse: server e rete")).toEqual(["gestisce", "le", "risorse", "server", "e", "rete"]);
  });

  it("drops only the out-of-scope work of a condition ('on condition that', 'purché')", () => {
    expect(kept("Grows profit, on condition that sales do not drop")).toEqual(["grows", "profit", "do", "not", "drop"]);
    expect(kept("Più margine purché i tagli non tocchino il servizio")).toEqual(["piu", "margine", "i", "non", "tocchino", "il", "servizio"]);
  });

  it("drops only the actions of a negated clause that a contrast goes on from", () => {
    expect(kept("Non progetta l'infrastruttura, ma la gestisce")).toEqual(["l", "infrastruttura", "ma", "la", "gestisce"]);
    expect(kept("Doesn't design the network but runs it")).toEqual(["doesn", "the", "network", "but", "runs", "it"]);
    // The word right after the negation is negated whatever it is.
    expect(kept("Acquisti di beni non IT")).toEqual(["acquisti", "di", "beni"]);
  });

  it("drops the whole of a negated statement that stands alone", () => {
    expect(kept("Non si occupa di IT: gestisce gli impianti")).toEqual(["gestisce", "gli", "impianti"]);
    expect(kept("Not a tech role; manages the stores")).toEqual(["manages", "the", "stores"]);
  });

  it("drops what is done instead, to the end of its clause", () => {
    expect(kept("Runs the platform rather than designing it, with care")).toEqual(["runs", "the", "platform", "with", "care"]);
    expect(kept("Gestisce la rete invece di progettarla")).toEqual(["gestisce", "la", "rete"]);
    expect(kept("Gestisce la rete anziché progettarla")).toEqual(["gestisce", "la", "rete"]);
  });

  it("drops what a role leaves out of its scope", () => {
    expect(kept("In scope: server e rete. Fuori scope: acquisti, contratti e progetti")).toEqual(["in", "scope", "server", "e", "rete"]);
    expect(kept("Out of scope: design and purchasing; in scope: runs the network")).toEqual(["in", "scope", "runs", "the", "network"]);
    expect(kept("Gestisce la rete, esclusi i server, e il cloud")).toEqual(["gestisce", "la", "rete", "e", "il", "cloud"]);
    expect(kept("Runs the network. Not in scope: purchasing")).toEqual(["runs", "the", "network"]);
  });

  it("drops past work, which is no longer the person's", () => {
    expect(kept("Prima gestiva i server, ora progetta la rete")).toEqual(["ora", "progetta", "la", "rete"]);
    expect(kept("Until 2023 she designed platforms; now runs them")).toEqual(["now", "runs", "them"]);
    expect(kept("Used to be the sysadmin; now heads the IT team")).toEqual(["now", "heads", "the", "it", "team"]);
    expect(kept("Pur occupandosi anche di acquisti, gestisce la rete")).toEqual(["gestisce", "la", "rete"]);
    // "Prima" that is not "before": "prima linea", "prima di tutto".
    expect(kept("Supporto di prima linea")).toEqual(["supporto", "di", "prima", "linea"]);
  });

  it("drops what 'no new' says will not be, and leaves other 'no' alone", () => {
    expect(kept("Keep email patched and working; no new platform before Day 180 – Lead: IT")).toEqual(["keep", "email", "patched", "and", "working", "lead", "it"]);
    expect(kept("Mantiene la posta; nessuna nuova piattaforma. Lead: IT")).toEqual(["mantiene", "la", "posta", "lead", "it"]);
    expect(kept("No one manages the vendors")).toEqual(["no", "one", "manages", "the", "vendors"]);
  });

  it("leaves 'not only' and fixed expressions alone", () => {
    expect(kept("Non solo gestisce la rete: la progetta")).toEqual(words(foldText("Non solo gestisce la rete: la progetta")));
    expect(kept("Not just runs the network")).toEqual(["not", "just", "runs", "the", "network"]);
    expect(kept("Ritira i prodotti che non servono più", (word) => word === "non")).toEqual(words(foldText("Ritira i prodotti che non servono più")));
  });

  it("drops the frames of a stand-up, a travel request, a questionnaire, a TM segment, a grant form, a quiz, an expert call and a poll", () => {
    // A stand-up's speaker goes up to "Yesterday:"/"Ieri:"; the meeting's own name stays.
    expect(kept("Standup – Laura (Head of IT) – Yesterday: approved two hires. Today: payroll")).toEqual(["standup", "approved", "two", "hires", "today", "payroll"]);
    expect(kept("Standup comitato prodotto – Marco – Ieri: ritiro della linea Basic")).toEqual(["standup", "comitato", "prodotto", "ritiro", "della", "linea", "basic"]);
    expect(kept("Stand-up notes: the servers are fine")).toEqual(["stand", "up", "notes", "the", "servers", "are", "fine"]);
    // A travel request's traveller, destination and dates go up to its reason.
    expect(kept("Travel request TR-1142 – Traveller: Kim (CIO office) – To: Lyon plant, 2 days – Justification: patch the PBX")).toEqual(["patch", "the", "pbx"]);
    expect(kept("Richiesta trasferta 2025/088 – Richiedente: Paolo – Motivazione: verifica dei server")).toEqual(["verifica", "dei", "server"]);
    expect(kept("TR-0788 – Traveller: Ken – Justification: visit the supplier")).toEqual(["visit", "the", "supplier"]);
    expect(kept("Travel policy: book hotels early")).toEqual(["travel", "policy", "book", "hotels", "early"]);
    // An insurer's questionnaire, a translation memory's metadata, a grant form's heading, a quiz's.
    expect(kept("Questionario cyber (rinnovo polizza 2025) – D.11 Posta aggiornata?")).toEqual(["d", "11", "posta", "aggiornata"]);
    expect(kept("Cyber insurance proposal form – Q4.1 Who runs the servers?")).toEqual(["q4", "1", "who", "runs", "the", "servers"]);
    expect(kept("TM segment 01187 – source (en-GB) – context: JD_IT_Infrastructure_v3.docx – 'Manages the servers.'")).toEqual(["manages", "the", "servers"]);
    expect(kept("Segmento TM 01188 – target it-IT (fuzzy 94%) – «Gestisce la posta, i telefoni e le chat.»")).toEqual(["gestisce", "la", "posta", "i", "telefoni", "e", "le", "chat"]);
    expect(kept("Grant application – Part B – Key staff: keeps e-mail working")).toEqual(["key", "staff", "keeps", "e", "mail", "working"]);
    expect(kept("Quiz di Natale – Indovinello n. 3: «Tengo in piedi i server.» Chi sono?")).toEqual(["tengo", "in", "piedi", "i", "server", "chi", "sono"]);
    expect(kept("Cruciverba – 5 orizzontale (7): «Il CTO li ascolta»")).toEqual(["il", "cto", "li", "ascolta"]);
    // An expert call's heading goes, who the expert was stays; so does a forum's board, without the forum.
    expect(kept("Expert call #9 – former CIO, hotel chain: 'I built the profit strategy'")).toEqual(["former", "cio", "hotel", "chain", "i", "built", "the", "profit", "strategy"]);
    expect(kept("Forum interno › Personale – Aiuto: straordinari")).toEqual(["personale", "aiuto", "straordinari"]);
    // A poll's heading and its votes, across a comma.
    expect(kept("Sondaggio intranet, 530 risposte: «Cosa deve garantire il CIO?»")).toEqual(["cosa", "deve", "garantire", "il", "cio"]);
    expect(kept("Intranet poll (418 votes): 'Who runs our servers?'")).toEqual(["who", "runs", "our", "servers"]);
  });

  it("drops a chatbot transcript's and a due-diligence Q&A's heading up to the question, and the answer's speaker label", () => {
    // The bot that answers is not automation, the manual it answers from not a process; the question stays.
    expect(kept("Chatbot Manuale – Utente: con chi parlo? – Bot: Il CTO guida l'ingegneria")).toEqual(["con", "chi", "parlo", "il", "cto", "guida", "l", "ingegneria"]);
    expect(kept("HandbookBot transcript – User: who built the intranet? – Bot: The CTO's team")).toEqual(["who", "built", "the", "intranet", "the", "cto", "s", "team"]);
    expect(kept("Chat «Chiedi al Manuale» – Utente: chi gestisce i server? – Bot: l'IT")).toEqual(["chi", "gestisce", "i", "server", "l", "it"]);
    // A part of a compound text that opens with the bot's label.
    expect(kept("Bot: Il CTO guida l'ingegneria")).toEqual(["il", "cto", "guida", "l", "ingegneria"]);
    // The buyer who asks and the seller who answers are not customers nor sales.
    expect(kept("Due diligence – Domanda 4.15 (acquirente): quali risparmi? – Risposta: con RPA il CIO ha ridotto i costi")).toEqual(["quali", "risparmi", "con", "rpa", "il", "cio", "ha", "ridotto", "i", "costi"]);
    expect(kept("DD Q&A – Q 4.03 (Buyer): Who runs the servers? – A (Seller): the CIO")).toEqual(["who", "runs", "the", "servers", "the", "cio"]);
    // Without such a heading, a user or an answer named in the work stays.
    expect(kept("User: onboarding – A: accounts")).toEqual(["user", "onboarding", "a", "accounts"]);
    expect(kept("Builds the chatbot – User: support")).toEqual(["builds", "the", "chatbot", "user", "support"]);
  });

  it("drops an eNPS verbatim's score and unit, a supplier day's slot, a report to shareholders' heading and a case study's customer", () => {
    expect(kept("eNPS Q1 – score 9 (promoter), Accounts: 'the scanning tool saves an hour a day'")).toEqual(["the", "scanning", "tool", "saves", "an", "hour", "a", "day"]);
    expect(kept("eNPS verbatim – score 10, Assembly line 2: 'proud we put app control into our ovens'")).toEqual(["proud", "we", "put", "app", "control", "into", "our", "ovens"]);
    // A supplier day's slot: the day's name and time go, the talk's title and speaker stay.
    expect(kept("Supplier Day IT 2025 – 09:30 – «Come gestiamo i server» – relatore: Roberto")).toEqual(["come", "gestiamo", "i", "server", "relatore", "roberto"]);
    expect(kept("Supplier Day – sessione interna (solo personale, ore 08:30): l'IT consegna le credenziali")).toEqual(["l", "it", "consegna", "le", "credenziali"]);
    // A report to shareholders: its heading and year go, its section stays.
    expect(kept("Lettera agli azionisti 2024 – «Il dipartimento di ingegneria è cresciuto»")).toEqual(["il", "dipartimento", "di", "ingegneria", "e", "cresciuto"]);
    expect(kept("ESG Report – Human capital, Engineering: our engineering department grew")).toEqual(["human", "capital", "engineering", "our", "engineering", "department", "grew"]);
    expect(kept("Case study – Ferrovie Nord Logistica (logistics) – 'My team runs 900 servers.' – Ana Silva, Infrastructure Manager")).toEqual(["my", "team", "runs", "900", "servers", "ana", "silva", "infrastructure", "manager"]);
  });

  it("drops an 8D report's heading (its number, the customer and the complaint), its sections' labels and its root cause", () => {
    // The customer who complained is no customer work; the root cause is what went wrong, not the work; the action stays.
    expect(kept("Rapporto 8D-2025-009 (cliente Electrolux, spedizione doppia) – D4: job notturno fallito – D5 Azione correttiva: le operazioni IT sono del CIO")).toEqual(["le", "operazioni", "it", "sono", "del", "cio"]);
    expect(kept("8D report – customer ABB – D4 Root cause: a bug from our IT vendor – D5: the CIO reviews the cloud vendors")).toEqual(["the", "cio", "reviews", "the", "cloud", "vendors"]);
    expect(kept("8D n. 2025-041 – Reclamo cliente Stellantis (etichette errate) – D4 Causa radice: fermo del server – D5: il CIO gestisce i server")).toEqual(["il", "cio", "gestisce", "i", "server"]);
    // A problem's description may be the work ("D2: il CTO ha incontrato il cliente"), and a root cause with no section after it stays.
    expect(kept("8D-2025-061 (reclamo Decathlon) – D2 Descrizione del problema: il CTO ha incontrato il cliente")).toEqual(["il", "cto", "ha", "incontrato", "il", "cliente"]);
    expect(kept("8D report – D4 Root cause: the CIO's servers")).toEqual(["the", "cio", "s", "servers"]);
    // Without an 8D heading, a D-numbered label stays.
    expect(kept("Customer care – D4: manages complaints")).toEqual(["customer", "care", "d4", "manages", "complaints"]);
  });

  it("drops the subject a negated copula disowns (\"IT wasn't mine\")", () => {
    expect(kept("I ran treasury; IT wasn't mine.")).toEqual(["i", "ran", "treasury"]);
    expect(kept("The servers aren't our job, the payroll is")).toEqual(["job", "the", "payroll", "is"]);
  });

  it("keeps a text without negation as it is", () => {
    const text = "Gestisce la rete, i server e il cloud";
    expect(kept(text)).toEqual(words(foldText(text)));
  });
});
