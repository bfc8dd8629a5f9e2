import { foldClauses, wordsAt, type ClauseEnd } from "./fold-clauses";

/**
 * The document a line is copied from: a press release's heading, a survey comment's unit, a chat's
 * speaker, a meeting's agenda item, a form's labels, a reply's signature. People paste responsibilities
 * from everywhere, and each kind of document brings words of its own ("IT Steering Committee – Item
 * 5:", "Exit interview –", "Bot:") that say where the line comes from, not what the work is; they are
 * dropped before the text is read, as negated words are (negated-words.ts).
 */

/** A commit message's type ("fix:", "feat(api):") says what kind of change it is, not the work ("fix" is not support). */
const COMMIT_TYPES: ReadonlySet<string> = new Set(["fix", "feat", "chore", "docs", "refactor", "perf"]);

/**
 * Headings that say where a line comes from, by their first word and how many words they may run
 * to before their colon or dash: a newsletter item ("Newsletter: …", not marketing work), a meeting
 * invite ("Weekly sync – …"), a badge ("Ask me about: …"), an award ("Nominated for Manager of the
 * Year: …", whose "manager" is not the work).
 */
const HEADINGS: ReadonlyMap<string, number> = new Map([
  ["meet", 3], ["newsletter", 1], ["weekly", 2], ["daily", 2], ["monthly", 2], ["ask", 3], ["chiedimi", 2],
  ["nominated", 10], ["nominata", 10], ["nominato", 10], ["candidata", 10], ["candidato", 10], ["shortlisted", 10],
]);

/**
 * A greeting that opens a message ("Gentile cliente,", "Hi {{first_name}},", "Ciao a tutti,") says
 * whom it is written to, not the work: a support macro's "cliente" is not customer work.
 */
const GREETINGS: ReadonlySet<string> = new Set(["gentile", "gentili", "caro", "cara", "cari", "dear", "hi", "hello", "ciao", "salve", "buongiorno"]);
const GREETING_WORDS = 3;

function greetingAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  if (!GREETINGS.has(folded[index] as string) || (index > 0 && ends.get(index - 1) !== "hard")) return 0;
  for (let at = index; at < Math.min(index + GREETING_WORDS, folded.length - 1); at++) {
    const end = ends.get(at);
    if (end !== undefined) return end === "soft" ? at - index + 1 : 0;
  }
  return 0;
}

/**
 * A team page's "Meet Lara:" or a kudos' "Shout-out to Ken:" heading names the person, not the
 * work; a commit message's "fix:" names the kind of change; a newsletter's or an invite's heading
 * (HEADINGS) names the document.
 */
function headingAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): boolean {
  if (index !== 0) return false;
  if (COMMIT_TYPES.has(folded[0] as string) && ends.get(0) === "hard") return true;
  const reach = HEADINGS.get(folded[0] as string);
  if (reach === undefined) return false;
  if (folded[0] === "ask" && !(folded[1] === "me" && folded[2] === "about")) return false;
  // The heading runs to the first clause end: it must be a colon or a dash, within reach (not "Meet the customers, …").
  for (let at = 0; at < Math.min(reach, folded.length); at++) {
    const end = ends.get(at);
    if (end !== undefined) return end === "hard";
  }
  return false;
}

/**
 * A survey comment's or an exit interview's heading ("Commento anonimo (Logistica):", "Anonymous
 * comment (Finance):", "Exit interview remark:", "Colloquio di uscita (architetto):") says who wrote
 * the line and from which unit, not the work: the payables that an automation saved, the warehouse
 * colleague who still has no access, are not accounting or logistics work.
 */
const SOURCE_HEADINGS: readonly (readonly string[])[] = [
  ["commento", "anonimo"], ["anonymous", "comment"], ["exit", "interview"], ["colloquio", "di", "uscita"], ["colloquio", "uscita"],
  // The same for the document a line is taken from: a press release, a code review's comment, union
  // minutes, a statement of work's clause (with its number): "comunicato stampa" is not communications
  // work, "review" not a review of anything, "RSU" not staff to lead, "SOW" not yet the vendor's work.
  ["comunicato", "stampa"], ["press", "release"], ["commento", "in", "review"], ["commento", "su", "pr"], ["review", "on", "pr"],
  ["verbale", "rsu"], ["works", "council", "minutes"], ["sow"],
];

/** A clause's or a form's number after its heading ("SOW §4.2", "PR #88"), or an amount. */
export const NUMBER = /^\d+$/;
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
]);

/**
 * A plan's or a form's label for who is assigned ("– risorsa: Infrastruttura IT", "Resource:
 * …") names the doer; its "risorsa" is not staff or headcount to manage. So does a coaching note's
 * "Coachee:" (who is coached is not trained in the systems).
 */
const ASSIGNEE_LABELS: ReadonlySet<string> = new Set(["risorsa", "risorse", "resource", "resources", "assignee", "assegnatario", "assegnataria", "coachee"]);

/** The number of words of a source heading at the start of the text, the unit in brackets after it included; 0 when none. */
function sourceHeadingAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (index !== 0) return 0;
  const cue = SOURCE_HEADINGS.find((heading) => wordsAt(folded, 0, heading));
  if (cue === undefined) return 0;
  // One more word may close it ("Exit interview remark:"), then the unit in brackets.
  let last = cue.length - 1;
  while (!ends.has(last) && NUMBER.test(folded[last + 1] ?? "")) last++;
  // A clause's bracketed title ("SOW §8.1 (sviluppo firmware)") names the service it defines: it stays.
  if (cue[0] === "sow") return (ends.get(last) === "hard" || bracketed.has(last + 1)) && last + 1 < folded.length ? last + 1 : 0;
  if (!ends.has(last) && !bracketed.has(last + 1)) last++;
  if (ends.get(last) !== "hard") return 0;
  while (bracketed.has(last + 1) && last + 2 < folded.length) last++;
  return ends.get(last) === "hard" && last + 1 < folded.length ? last + 1 : 0;
}

/**
 * A chat transcript's "[09:12] Marta:" says who spoke and when, not the work (a name may be a
 * word the lexicon knows: "Bea", "Joe"): the time and the one-word name closed by a colon go.
 */
function chatSpeakerAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  const hour = folded[index] ?? "";
  const minute = folded[index + 1] ?? "";
  if (!/^\d{1,2}$/.test(hour) || !/^\d{2}$/.test(minute) || ends.get(index) !== "hard" || ends.has(index + 1)) return 0;
  return ends.get(index + 2) === "hard" && index + 3 < folded.length ? 3 : 0;
}

/**
 * The frame a line is written in, at its start and running to its first colon or dash (with any
 * brackets after it): a status page's update ("Stato servizi (clienti) – Avviso:", "Status page –
 * Resolved:"), an interview question ("Domanda al colloquio per il nuovo CIO:"), a reply to a review
 * ("Reply to a Glassdoor review ('bonus unclear'):"), a farewell ("Discorso per la pensione di
 * Gianni:"), a reference letter, a job-evaluation sheet, an RFP's or a tender's question, a handbook
 * chapter ("Manuale di direzione –", its "Capitolo 3 «…»" staying). Each says what kind of
 * document the line comes from and for whom, not the work: "clienti" of a customers' status page is
 * not customer work, "colloquio" not recruiting, "the next CIO" not our goods. `reach` is how many
 * words the frame may run to; `label` how many short labels may follow it ("– Manutenzione
 * programmata:", "– Position:").
 */
interface Frame {
  cue: readonly string[];
  reach: number;
  labels?: number;
  /** Brackets right after it are the title of the question, which names its subject, and stay ("RFP Q8.1 (films for our ready meals) –"). */
  titled?: boolean;
  /** A word the frame must contain to be one ("How I explained it to my son:" needs the child). */
  needs?: ReadonlySet<string>;
  /** How many words each label may run to, LABEL_WORDS unless told. */
  labelWords?: number;
  /** With `until`: the heading's first clause, the meeting's own name ("Standup comitato prodotto –"), stays. */
  keepsName?: boolean;
  /** Only the cue's words go, wherever its clause ends ("Forum interno › Personale –"). */
  alone?: boolean;
  /**
   * The heading and its labels may run on across commas to their colon or dash ("Sondaggio intranet,
   * 530 risposte:", "Expert call – former VP Engineering, medical devices:").
   */
  soft?: boolean;
  /**
   * The label that opens the body ("Ieri:", "Yesterday:", "Motivazione:", "Justification:"): when it
   * comes within `reach`, everything before it is the frame (who, where, when), the label included.
   */
  until?: ReadonlySet<string>;
  /** Its labels are numbers (an incident's, a time), each with at least a digit: a label of words stays. */
  numbered?: boolean;
}

/** A job explained to a child: the child is the listener, the work is what follows the colon. */
const CHILDREN: ReadonlySet<string> = new Set([
  "figlio", "figlia", "figli", "figlie", "bambino", "bambina", "bambini", "nipote", "nipoti", "gemelli",
  "son", "daughter", "kid", "kids", "child", "children", "twins", "nephew", "niece", "old",
]);

/** A stand-up's update opens with what was done yesterday (or, without it, with today's plan). */
const STANDUP_BODY: ReadonlySet<string> = new Set(["yesterday", "ieri", "today", "oggi"]);
/** A leave-cover plan's activity ("Attività:", "Responsibility:") is the work; the plan, the holder's leave and the cover are the frame. */
const COVER_BODY: ReadonlySet<string> = new Set(["attivita", "activity", "responsibility", "responsabilita", "task", "compito"]);
/** A travel request's reason ("Motivazione:", "Justification:") is the work; the traveller, the destination and the dates are the frame. */
const TRAVEL_BODY: ReadonlySet<string> = new Set(["motivazione", "motivo", "justification", "reason", "purpose", "scopo", "motivation"]);

const FRAMES: readonly Frame[] = [
  { cue: ["stato", "servizi"], reach: 4, labels: 2 }, { cue: ["status", "page"], reach: 4, labels: 2 }, { cue: ["status", "update"], reach: 4, labels: 2 },
  { cue: ["interview", "question"], reach: 8 }, { cue: ["domanda", "al", "colloquio"], reach: 8 }, { cue: ["domanda", "di", "colloquio"], reach: 8 },
  { cue: ["risposta", "alla", "recensione"], reach: 8 }, { cue: ["reply", "to"], reach: 8, needs: new Set(["review", "recensione"]) },
  { cue: ["farewell"], reach: 6 }, { cue: ["discorso", "per"], reach: 6 }, { cue: ["biglietto", "di", "saluto"], reach: 6 }, { cue: ["retirement"], reach: 6 },
  { cue: ["lettera", "di", "referenze"], reach: 4 }, { cue: ["reference", "letter"], reach: 4 },
  { cue: ["job", "evaluation"], reach: 3, labels: 1 }, { cue: ["pesatura", "posizione"], reach: 3, labels: 1 },
  { cue: ["rfp"], reach: 4, titled: true }, { cue: ["quesito"], reach: 4, titled: true },
  { cue: ["manuale"], reach: 4 }, { cue: ["handbook"], reach: 4 }, { cue: ["engineering", "handbook"], reach: 4 },
  { cue: ["spiegato"], reach: 10, needs: CHILDREN }, { cue: ["spiegata"], reach: 10, needs: CHILDREN }, { cue: ["told"], reach: 10, needs: CHILDREN },
  { cue: ["how", "i"], reach: 10, needs: CHILDREN },
  // A meeting's parked items ("Parking lot (ops review):", "Parking lot item:", "Parcheggiato:"): not facilities' parking.
  { cue: ["parking", "lot"], reach: 3 }, { cue: ["parcheggiato"], reach: 1 }, { cue: ["parcheggiati"], reach: 1 },
  // A self-assessment with its section ("Self-assessment – Goal 2:", "Autovalutazione – Cosa ho fatto:", "– What I'm proud of:").
  { cue: ["self", "assessment"], reach: 2, labels: 1, labelWords: 5 }, { cue: ["autovalutazione"], reach: 1, labels: 1, labelWords: 5 },
  // An objection and who raised it ("Objection (business units, on the IT reorg):", "Obiezione del cliente:"): the answer is the work.
  { cue: ["objection"], reach: 1 }, { cue: ["customer", "objection"], reach: 2 }, { cue: ["obiezione"], reach: 3 },
  // A card sort's card ("Card sort (org design workshop) – card:", "Card sorting – cartellino:").
  { cue: ["card", "sort"], reach: 2, labels: 1 }, { cue: ["card", "sorting"], reach: 2, labels: 1 },
  // A question asked on Slido, with its votes ("Slido (29 upvotes):", "Domanda Slido (16 voti):").
  { cue: ["slido"], reach: 1 }, { cue: ["domanda", "slido"], reach: 2 },
  // A customer advisory board's notes ("CAB notes (spring session):", "Note del Customer Advisory Board:"): the board's "customer" is not customer work.
  { cue: ["cab"], reach: 3 }, { cue: ["note", "cab"], reach: 2 }, { cue: ["note", "del", "cab"], reach: 3 },
  { cue: ["customer", "advisory", "board"], reach: 4 }, { cue: ["note", "del", "customer", "advisory", "board"], reach: 5 },
  // Onboarding tips ("What I wish I knew in week one:", "Cose che avrei voluto sapere:").
  { cue: ["what", "i", "wish", "i", "knew"], reach: 8 }, { cue: ["cose", "che", "avrei", "voluto", "sapere"], reach: 5 },
  // A stand-up's speaker ("Standup – Laura (Head of IT) – Yesterday:", "Standup 9:15 – Gianni – Ieri:"): who speaks, not the work;
  // the meeting's own name stays ("Standup comitato prodotto –").
  { cue: ["standup"], reach: 12, until: STANDUP_BODY, keepsName: true }, { cue: ["stand", "up"], reach: 12, until: STANDUP_BODY, keepsName: true },
  // A travel request's heading ("Richiesta trasferta 2025/088 – Richiedente: … – Destinazione: … – Motivazione:",
  // "Travel request TR-1142 – Traveller: … – To: …, 2 days – Justification:"): the travel is the frame, not the work.
  { cue: ["travel", "request"], reach: 30, until: TRAVEL_BODY }, { cue: ["richiesta", "trasferta"], reach: 30, until: TRAVEL_BODY },
  { cue: ["richiesta", "di", "trasferta"], reach: 30, until: TRAVEL_BODY }, { cue: ["trasferta"], reach: 30, until: TRAVEL_BODY },
  { cue: ["tr"], reach: 30, until: TRAVEL_BODY, needs: new Set(["traveller", "traveler", "richiedente"]) },
  // An exception to an expense or travel policy, approved or not by an executive ("Deroga policy trasferte n. 2025/041 – APPROVATA (CIO) –
  // Richiedente: … – Spesa: volo… – Motivazione:", "Expense exception EX-0451 – Approved by CIO – Item: … – Reason:"): the expense is the
  // frame like a trip's, not finance work; its reason is the work.
  { cue: ["deroga"], reach: 40, until: TRAVEL_BODY }, { cue: ["expense", "exception"], reach: 40, until: TRAVEL_BODY },
  { cue: ["expense", "policy", "exception"], reach: 40, until: TRAVEL_BODY }, { cue: ["exception"], reach: 40, until: TRAVEL_BODY },
  // A leave-cover plan ("Piano copertura ferie agosto 2025 – Attività:", "Leave handover – Responsibility:"): the leave is the frame, not HR's work.
  { cue: ["piano", "copertura", "ferie"], reach: 8, until: COVER_BODY }, { cue: ["piano", "di", "copertura", "ferie"], reach: 8, until: COVER_BODY },
  { cue: ["piano", "ferie"], reach: 8, until: COVER_BODY }, { cue: ["leave", "handover"], reach: 6, until: COVER_BODY },
  { cue: ["leave", "cover"], reach: 6, until: COVER_BODY }, { cue: ["holiday", "cover"], reach: 6, until: COVER_BODY },
  // An office move's seating plan, with the floor and the desks ("Trasloco nuova sede (Via Tortona) – Piano -1, postazioni 1-4:", "Move plan –
  // Floor 2, pod D:", "Seating plan, new HQ – 3rd floor, desk 3.14:"): the move is facilities' frame; who sits there and what they do stay.
  { cue: ["trasloco"], reach: 4, labels: 1, labelWords: 7, soft: true }, { cue: ["move", "plan"], reach: 4, labels: 1, labelWords: 7, soft: true },
  { cue: ["seating", "plan"], reach: 4, labels: 1, labelWords: 7, soft: true },
  // A competitor battlecard ("Battlecard – Competitor: NorthPeak Logistics – Strengths:"): the competitor's name and the card's section are the frame.
  // The section ("– Finance:", "– Organizzazione:") stays: it says what the line is about.
  { cue: ["battlecard", "competitor"], reach: 2, labels: 1 }, { cue: ["battlecard"], reach: 1, labels: 1 }, { cue: ["competitor", "battlecard"], reach: 2, labels: 1 },
  // A customer's vendor-risk questionnaire ("Vendor risk questionnaire (Northgate Bank) –", "Third-party questionnaire Q 4.1 Personnel –"):
  // "vendor" and "third party" are who answers, not vendors to manage; the question and the answer stay.
  { cue: ["vendor", "risk", "questionnaire"], reach: 3 }, { cue: ["third", "party", "questionnaire"], reach: 3, alone: true },
  { cue: ["questionario", "fornitori"], reach: 4 }, { cue: ["supplier", "questionnaire"], reach: 3 },
  // A mentoring circle's heading and whom it is for ("Cerchio di mentoring per manager IT –", "Mentoring circle (exec track) –"): the circle is the
  // frame, its members no staff to lead; the session, the topic and who brings it stay.
  { cue: ["cerchio", "di", "mentoring"], reach: 6 }, { cue: ["mentoring", "circle"], reach: 6 },
  // An insurer's questionnaire ("Questionario cyber (rinnovo polizza 2025) –", "Cyber insurance proposal form –"):
  // its "cyber" is not security work, its renewal not a contract; the question and its answer stay.
  { cue: ["questionario"], reach: 4 }, { cue: ["cyber", "insurance"], reach: 5 }, { cue: ["cyber", "questionnaire"], reach: 3 },
  { cue: ["cyber", "proposal"], reach: 4 }, { cue: ["insurance", "questionnaire"], reach: 3 },
  // A translation-memory segment's metadata ("TM segment 01187 – source (en-GB) – context: JD_IT_Infrastructure_v3.docx –",
  // "Segmento TM 01188 – target it-IT (fuzzy 94%) –"): the file, the languages and the match are not the work.
  { cue: ["tm", "segment"], reach: 3, labels: 4, labelWords: 6 }, { cue: ["tm", "seg"], reach: 3, labels: 4, labelWords: 6 },
  { cue: ["segmento", "tm"], reach: 3, labels: 4, labelWords: 6 }, { cue: ["translation", "memory"], reach: 3, labels: 4, labelWords: 6 },
  // A grant form's heading ("Grant application – Part B…", "Domanda di contributo – Sez. 2 …"): "grant" is not access.
  { cue: ["grant", "application"], reach: 2, labels: 1 }, { cue: ["domanda", "di", "contributo"], reach: 3, labels: 1 },
  // A quiz's or a crossword's heading ("Quiz di Natale – Indovinello n. 3:", "Team quiz – Q12 riddle:", "Cruciverba – 5 orizzontale (7):").
  { cue: ["quiz"], reach: 4, labels: 2, labelWords: 4 }, { cue: ["team", "quiz"], reach: 3, labels: 2, labelWords: 4 },
  { cue: ["cruciverba"], reach: 2, labels: 2, labelWords: 4 }, { cue: ["crossword"], reach: 2, labels: 2, labelWords: 4 },
  // An expert-network call ("Expert call #9 –", "Expert network call –", "Chiamata con esperto –"); who the expert was stays:
  // a former CFO's or Head of Logistics' words are about their own work ("– former VP Engineering, medical devices:").
  { cue: ["expert", "call"], reach: 3 }, { cue: ["expert", "network", "call"], reach: 3 },
  { cue: ["chiamata", "con", "esperto"], reach: 3 }, { cue: ["call", "con", "esperto"], reach: 3 },
  // An alumni magazine's class note ("Notizie alumni –"); the class stays ("Materials Science '06" may say what the alumna works on).
  { cue: ["alumni"], reach: 2 }, { cue: ["alumni", "news"], reach: 2 }, { cue: ["notizie", "alumni"], reach: 2 },
  { cue: ["notizie", "dagli", "ex", "allievi"], reach: 4 }, { cue: ["class", "notes"], reach: 2 },
  // An internal forum ("Forum interno › Personale –"): "interno" is not internal systems; its board (the topic) stays.
  { cue: ["forum", "interno"], reach: 2, alone: true },
  // A case study's customer ("Case study – Ferrovie Nord Logistica (logistics) –", "Caso cliente – Cantine Valdadige (vino) –"):
  // its name and sector are not the work, the quote and who said it are.
  { cue: ["case", "study"], reach: 2, labels: 1, labelWords: 5 }, { cue: ["caso", "cliente"], reach: 2, labels: 1, labelWords: 5 },
  { cue: ["caso", "di", "successo"], reach: 3, labels: 1, labelWords: 5 }, { cue: ["customer", "story"], reach: 2, labels: 1, labelWords: 5 },
  { cue: ["success", "story"], reach: 2, labels: 1, labelWords: 5 },
  // An eNPS verbatim's score and the unit that wrote it ("eNPS Q1 – score 9 (promoter), Accounts:", "eNPS – voto 6, Acquisti:"),
  // like a survey comment's: "Accounts" is not access, "promoter" not sales.
  { cue: ["enps"], reach: 4, labels: 2, labelWords: 6, soft: true },
  // A supplier day's agenda slot ("Supplier Day IT 2025 – 09:30 –", "Supplier Day – sessione interna (solo personale, ore 08:30):"):
  // the day's suppliers are its audience, not the work of the talk.
  // Its time is two labels ("09:30" folds to "09", "30", its colon a clause end).
  { cue: ["supplier", "day"], reach: 4, labels: 2 }, { cue: ["suppliers", "day"], reach: 4, labels: 2 }, { cue: ["vendor", "day"], reach: 4, labels: 2 },
  { cue: ["giornata", "fornitori"], reach: 4, labels: 2 }, { cue: ["giornata", "dei", "fornitori"], reach: 5, labels: 2 },
  // A report to shareholders and its year ("Lettera agli azionisti 2024 –", "Sustainability Report 2024 –", "ESG Report –"):
  // the shareholders and the report are investor relations' and corporate affairs', not the work; the section stays.
  { cue: ["lettera", "agli", "azionisti"], reach: 4 }, { cue: ["letter", "to", "shareholders"], reach: 4 }, { cue: ["dear", "fellow", "shareholders"], reach: 3 },
  { cue: ["sustainability", "report"], reach: 3 }, { cue: ["bilancio", "di", "sostenibilita"], reach: 4 }, { cue: ["rapporto", "di", "sostenibilita"], reach: 4 },
  { cue: ["report", "esg"], reach: 3 }, { cue: ["esg", "report"], reach: 3 }, { cue: ["annual", "esg", "disclosure"], reach: 4 },
  // A poll and its votes ("Intranet poll (418 votes):", "Sondaggio intranet, 530 risposte:"): the intranet it ran on is not the work.
  { cue: ["intranet", "poll"], reach: 4, soft: true }, { cue: ["sondaggio", "intranet"], reach: 4, soft: true },
  { cue: ["risultati", "sondaggio"], reach: 5, soft: true }, { cue: ["poll", "results"], reach: 4, soft: true },
  // An incident bridge's or a war room's note, with the incident's number and the time ("SEV1 bridge – INC-0317 – 09:42 –",
  // "War room notes 14/03 – 11:05 –", "Bridge 16:20 –"): the call is the meeting, not a communication channel to keep up.
  // Who speaks and what they do stay ("– Service desk (Amy): …"), and so does a label of words ("Bridge P1 – mail e telefonia –").
  { cue: ["bridge"], reach: 3, labels: 3, numbered: true }, { cue: ["war", "room"], reach: 5, labels: 3, numbered: true },
  { cue: ["sev1", "bridge"], reach: 3, labels: 3, numbered: true }, { cue: ["sev2", "bridge"], reach: 3, labels: 3, numbered: true },
  { cue: ["sev3", "bridge"], reach: 3, labels: 3, numbered: true }, { cue: ["exec", "bridge"], reach: 4, labels: 3, numbered: true },
  { cue: ["incident", "bridge"], reach: 4, labels: 3, numbered: true },
  // A field-safety notice or a recall, with its number and the product in brackets ("Field Safety Notice FSN-2025-02 (infusion pump P7) –",
  // "Vendor field notice FN-2025-33 (storage controller firmware) –", "Avviso di sicurezza FN-2025-014 (…) –", "Recall letter –"), then the
  // section ("Corrective action:", "Destinatari interni:", "Root cause and fix:"): the notice's "sicurezza" is not security work, its
  // "recall" no customer work, and the product it concerns is not what the line says someone does.
  { cue: ["field", "safety", "notice"], reach: 6, labels: 1, labelWords: 4 }, { cue: ["field", "notice"], reach: 6, labels: 1, labelWords: 4 },
  { cue: ["vendor", "field", "notice"], reach: 6, labels: 1, labelWords: 4 }, { cue: ["avviso", "di", "sicurezza"], reach: 6, labels: 1, labelWords: 4 },
  { cue: ["product", "recall"], reach: 5, labels: 1, labelWords: 4 }, { cue: ["recall", "letter"], reach: 3, labels: 1, labelWords: 4 },
  { cue: ["richiamo"], reach: 5, labels: 1, labelWords: 4 },
  // A skills inventory's entry and whose it is ("Skills inventory 2025 – Davide Corna –"): the skills are the work it lists, not HR's.
  // A job description's document ("Mansionario –", "Mansionario aziendale –", "Scheda mansione n. 14 –", "Declaratoria e mansioni –"):
  // its "mansionario" is not HR's work; the position and its tasks stay.
  { cue: ["compliance", "matrix"], reach: 2 }, { cue: ["matrice", "di", "conformita"], reach: 3 },
  { cue: ["mansionario"], reach: 2 }, { cue: ["scheda", "mansione"], reach: 4 }, { cue: ["scheda", "mansionario"], reach: 2 },
  { cue: ["declaratoria"], reach: 3 },
  // A hiring scorecard after an interview, with its candidate ("Scorecard colloquio – Candidato: Luca Ferrante –", "Interview scorecard –"):
  // the interview is the frame, not recruiting work; the role, the criterion and the evidence stay.
  { cue: ["scorecard", "colloquio"], reach: 3, labels: 2 }, { cue: ["interview", "scorecard"], reach: 3, labels: 2 },
  { cue: ["hiring", "scorecard"], reach: 3, labels: 2 },
  // A make-or-buy memo's heading and its number ("Memo make or buy 02/2025 –", "Make-or-buy memo #7 –", "Memo make or buy n. 9 –"):
  // its "buy" is no purchasing; the subject, the analysis and the recommendation stay (a verdict alone goes: `recommendationAt`).
  { cue: ["memo", "make", "or", "buy"], reach: 7, labels: 1, labelWords: 2, numbered: true },
  { cue: ["make", "or", "buy", "memo"], reach: 7, labels: 1, labelWords: 2, numbered: true },
  // A cross-charge dispute's heading and its parties ("Cross-charge dispute CC-2025-031 – Raised by: Marketing –", "Contestazione riaddebito –
  // Produzione vs IT –"): who disputes with whom, not the work; the charge and the reply stay (the objection goes: `objectionAt`).
  { cue: ["cross", "charge", "dispute"], reach: 7, labels: 2, labelWords: 4 }, { cue: ["contestazione", "riaddebito"], reach: 6, labels: 2, labelWords: 4 },
  { cue: ["chargeback", "dispute"], reach: 6, labels: 2, labelWords: 4 },
  // A note pinned in a chat channel, with the app it is pinned in ("📌 Pinned – Teams › IT › Infrastructure –", "📌 Messaggio fissato – Teams ›
  // Ufficio Personale:", "📌 Fissato in alto –"): pinning is no message to send, Teams no team; the channel (the topic) and who wrote stay.
  { cue: ["pinned", "teams"], reach: 2, alone: true }, { cue: ["pinned"], reach: 1, alone: true },
  { cue: ["messaggio", "fissato", "teams"], reach: 3, alone: true }, { cue: ["messaggio", "fissato"], reach: 2, alone: true },
  { cue: ["fissato", "in", "alto", "teams"], reach: 4, alone: true }, { cue: ["fissato", "in", "alto"], reach: 3, alone: true },
  { cue: ["fissato", "teams"], reach: 2, alone: true }, { cue: ["fissato"], reach: 1, alone: true },
  // An apprentice's or a tutor's logbook, with the apprentice, the week or month and the activity's label ("Libretto formativo apprendista – Luca
  // Bassi – sett. 14 (7-11 aprile) – Attività:", "Apprentice logbook – Week 11 (engineering apprentice) –", "Registro del tutor (apprendista di
  // alta formazione…) – mese 5 –"): the apprenticeship is the frame, not training work; what was done with the tutor is the work.
  { cue: ["apprentice", "logbook"], reach: 2, labels: 4 }, { cue: ["apprenticeship", "logbook"], reach: 2, labels: 4 },
  { cue: ["tutor", "s", "logbook"], reach: 3, labels: 4 }, { cue: ["tutor", "logbook"], reach: 2, labels: 4 },
  { cue: ["libretto", "formativo", "apprendista"], reach: 3, labels: 4 }, { cue: ["libretto", "formativo"], reach: 2, labels: 4 },
  { cue: ["libretto", "apprendista"], reach: 2, labels: 4 }, { cue: ["registro", "del", "tutor"], reach: 3, labels: 4 },
  { cue: ["registro", "tutor"], reach: 2, labels: 4 }, { cue: ["registro", "apprendistato"], reach: 2, labels: 4 },
  // A coaching note and its session ("Exec coaching – Session 3 –", "Note di coaching – sess. 3 –", "Coaching esecutivo – sessione 2 –"): the
  // coaching is the frame, not training work; the coachee (`ASSIGNEE_LABELS`) and what the note says of their work stay.
  { cue: ["exec", "coaching"], reach: 2, labels: 1 }, { cue: ["executive", "coaching"], reach: 2, labels: 1 },
  { cue: ["coaching", "notes"], reach: 2, labels: 1 }, { cue: ["note", "di", "coaching"], reach: 3, labels: 1 },
  { cue: ["coaching", "esecutivo"], reach: 2, labels: 1 }, { cue: ["coaching"], reach: 1, labels: 1 },
  { cue: ["skills", "inventory"], reach: 3, labels: 1 }, { cue: ["inventario", "competenze"], reach: 3, labels: 1 },
];

/** The frames by their cue's first word: every word of every text asks, so a scan of all of them would not do. */
const FRAMES_BY_FIRST_WORD: ReadonlyMap<string, readonly Frame[]> = (() => {
  const index = new Map<string, Frame[]>();
  for (const frame of FRAMES) {
    const first = frame.cue[0] as string;
    index.set(first, [...(index.get(first) ?? []), frame]);
  }
  return index;
})();

/** The frame the text opens with, if any. */
function openingFrame(folded: readonly string[]): Frame | undefined {
  return FRAMES_BY_FIRST_WORD.get(folded[0] ?? "")?.find(({ cue }) => wordsAt(folded, 0, cue));
}

/** A short label after a frame ("– Resolved:", "– Manutenzione programmata:", "– Position:"): at most this many words. */
const LABEL_WORDS = 3;

/**
 * A reply signed by its writer ("… – Davide, Ufficio tecnico", "… – Priya, HR"): the name and the
 * unit after the last dash say who answered, so the unit's out-of-scope words do not count against
 * the work ("HR" signing a reply about the servers). Only in a reply to a review, where a signature
 * is the convention.
 */
const SIGNED: readonly (readonly string[])[] = [["reply", "to"], ["risposta", "alla", "recensione"], ["risposta", "a"]];
const SIGNATURE_NAME_WORDS = 2;
const SIGNATURE_UNIT_WORDS = 3;

export function signatureAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  if (index === 0 || ends.get(index - 1) !== "hard" || !SIGNED.some((cue) => wordsAt(folded, 0, cue))) return 0;
  let name = index;
  while (!ends.has(name) && name - index < SIGNATURE_NAME_WORDS - 1) name++;
  if (ends.get(name) !== "soft") return 0;
  const unit = folded.length - 1 - name;
  if (unit < 1 || unit > SIGNATURE_UNIT_WORDS) return 0;
  for (let at = name + 1; at < folded.length - 1; at++) if (ends.has(at)) return 0;
  return folded.length - index;
}

/** The number of words of a frame at the start of the text, its labels included; 0 when none. */
function frameAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (index !== 0) return 0;
  const frame = openingFrame(folded);
  if (frame === undefined) return 0;
  const open = (at: number) => !ends.has(at) || (frame.soft === true && ends.get(at) === "soft");
  if (frame.alone === true) return frame.cue.length < folded.length ? frame.cue.length : 0;
  if (frame.until !== undefined) {
    // The body's label, closed by its colon, within reach: everything before it goes.
    for (let at = firstAfterName(frame, folded, ends); at < Math.min(frame.reach, folded.length - 1); at++) {
      if (frame.until.has(folded[at] as string) && ends.get(at) === "hard" && ends.get(at - 1) === "hard") {
        return frame.needs !== undefined && !folded.slice(0, at).some((word) => frame.needs?.has(word)) ? 0 : at + 1;
      }
    }
    return 0;
  }
  let last = frame.cue.length - 1;
  while (open(last) && last < frame.reach - 1 && last + 1 < folded.length) last++;
  if (ends.get(last) !== "hard") return 0;
  while (frame.titled !== true && bracketed.has(last + 1) && last + 2 < folded.length) last++;
  if (ends.get(last) !== "hard") return 0;
  if (frame.needs !== undefined && !folded.slice(0, last + 1).some((word) => frame.needs?.has(word))) return 0;
  for (let label = 0; label < (frame.labels ?? 0); label++) {
    let end = last + 1;
    while (open(end) && end - last < (frame.labelWords ?? LABEL_WORDS) && end + 1 < folded.length) end++;
    if (ends.get(end) !== "hard" || end + 1 >= folded.length) break;
    // A label's brackets go with it ("source (en-GB) –", "5 orizzontale (7):").
    while (bracketed.has(end + 1) && end + 2 < folded.length) end++;
    if (ends.get(end) !== "hard") break;
    // A frame whose labels are only its numbers (an incident's, the time: "– INC-0317 – 09:42 –") keeps a label of words: it is the subject.
    if (frame.numbered === true && !folded.slice(last + 1, end + 1).some((word) => /\d/.test(word))) break;
    last = end;
  }
  return last + 1 < folded.length ? last + 1 : 0;
}

/** Where an `until` frame's search for its body label starts: after the meeting's name when it keeps it. */
function firstAfterName(frame: Frame, folded: readonly string[], ends: ReadonlyMap<number, ClauseEnd>): number {
  if (frame.keepsName !== true) return frame.cue.length;
  let at = frame.cue.length - 1;
  while (ends.get(at) !== "hard" && at + 1 < folded.length) at++;
  return at + 1;
}

/**
 * A frame that keeps the meeting's name ("Standup comitato prodotto – Marco – Ieri:"): the words it
 * takes from `index`, the start of its second clause; 0 elsewhere.
 */
function framedAfterNameAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (index === 0) return 0;
  const frame = openingFrame(folded);
  if (frame?.keepsName !== true || firstAfterName(frame, folded, ends) !== index) return 0;
  const end = frameAt(folded, 0, ends, bracketed);
  return end > index ? end - index : 0;
}

/**
 * A dialogue's heading: a chatbot transcript ("Chatbot Manuale – Utente:", "HandbookBot transcript –
 * User:", "Chat «Chiedi al Manuale» – Utente:") or a due-diligence Q&A ("Due diligence – Domanda 4.15
 * (acquirente):", "DD Q&A – Q 4.03 (Buyer):"), up to the question's label, when an answer's label follows; then the answer's label ("– Bot:",
 * "– A (Seller):", "– Risposta (venditore):"). The bot that answers is not automation, the manual it answers
 * from not a process, the buyer who asks not a customer, the seller who answers not sales: the question
 * and the answer are what is said.
 */
const DIALOGUE_CUES: ReadonlySet<string> = new Set(["chatbot", "bot", "transcript", "trascrizione", "chat", "assistant", "assistente", "diligence", "dd"]);
const QUESTION_LABELS: ReadonlySet<string> = new Set(["utente", "user", "q", "domanda", "question", "quesito"]);
const ANSWER_LABELS: ReadonlySet<string> = new Set(["bot", "chatbot", "assistant", "assistente", "a", "answer", "risposta", "r"]);
/** How many words a dialogue's heading may run to before its question's label. */
const DIALOGUE_REACH = 8;

/** The index after a dialogue's speaker label starting at `at` (its number and bracketed party included), or 0. */
function speakerLabelEnd(labels: ReadonlySet<string>, folded: readonly string[], at: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (!labels.has(folded[at] ?? "") || (at > 0 && ends.get(at - 1) !== "hard")) return 0;
  let last = at;
  while (!ends.has(last) && NUMBER.test(folded[last + 1] ?? "") && last - at < 3) last++;
  if (ends.get(last) !== "hard") return 0;
  while (bracketed.has(last + 1) && last + 2 < folded.length) last++;
  return ends.get(last) === "hard" && last + 1 < folded.length ? last + 1 : 0;
}

/** The number of words of a dialogue's heading, its question's label included; 0 when the text opens with none. */
function dialogueHeadingLength(folded: readonly string[], ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  for (let at = 1; at < Math.min(DIALOGUE_REACH, folded.length - 1); at++) {
    if (ends.get(at - 1) !== "hard") continue;
    const end = speakerLabelEnd(QUESTION_LABELS, folded, at, ends, bracketed);
    if (end === 0) continue;
    // A dialogue has both: the heading names one, and an answer's label follows the question.
    const named = folded.slice(0, at).some((word) => DIALOGUE_CUES.has(word) || word.endsWith("bot"));
    let answered = false;
    for (let next = end + 1; next < folded.length && !answered; next++) answered = speakerLabelEnd(ANSWER_LABELS, folded, next, ends, bracketed) > 0;
    return named && answered ? end : 0;
  }
  return 0;
}

/**
 * The words a dialogue's heading or its answer's label take at `index`: the heading at the start, the
 * answer's label after it; a compound text's part that opens with the bot's label ("Bot: …") loses it too.
 */
function dialogueAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (index === 0) {
    if (folded[0] === "bot" && ends.get(0) === "hard" && folded.length > 1) return 1;
    return dialogueHeadingLength(folded, ends, bracketed);
  }
  const end = speakerLabelEnd(ANSWER_LABELS, folded, index, ends, bracketed);
  return end > 0 && dialogueHeadingLength(folded, ends, bracketed) > 0 ? end - index : 0;
}

/** Words that open an agenda item's label, before its number: "Item 5", "Punto 2 all'OdG", "Point 3". */
const AGENDA_ITEMS: ReadonlySet<string> = new Set(["item", "punto", "point"]);
/** An agenda's last item, which has no number: "AOB", "Any other business", "Varie (ed eventuali)". */
const AGENDA_OTHERS: readonly (readonly string[])[] = [["aob"], ["any", "other", "business"], ["varie", "ed", "eventuali"], ["varie"]];
/** How many words the meeting's name may run to before the item ("IT Steering Committee –"), and the item's label ("Punto 2 all'OdG:"). */
const AGENDA_HEADING_WORDS = 5;
const AGENDA_LABEL_WORDS = 5;

/** The index after an agenda item's label starting at `start` (with a bracket after it: "Item 16 (Finance):"), or 0 when none starts there. */
function agendaLabelEnd(folded: readonly string[], start: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  let last: number;
  const other = AGENDA_OTHERS.find((cue) => wordsAt(folded, start, cue));
  if (other !== undefined) last = start + other.length - 1;
  else if (AGENDA_ITEMS.has(folded[start] ?? "") && NUMBER.test(folded[start + 1] ?? "")) last = start + 1;
  else return 0;
  while (!ends.has(last) && last - start < AGENDA_LABEL_WORDS - 1 && last + 1 < folded.length) last++;
  if (ends.get(last) !== "hard") return 0;
  while (bracketed.has(last + 1) && last + 2 < folded.length) last++;
  return ends.get(last) === "hard" && last + 1 < folded.length ? last + 1 : 0;
}

/**
 * A meeting's agenda item ("IT Steering Committee – Item 5:", "Comitato guida IT – Punto 2 all'OdG:",
 * "– AOB:", "Item 16 (Finance):"): the meeting that discusses a line and where it sits on the agenda
 * are the frame, not the work. An IT steering committee is not leading the IT department, whatever
 * the item is about; the item needs its number ("Punto di forza" is no item) or be the last one.
 * The number of words it takes at the start of the text; 0 when none.
 */
function agendaAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (index !== 0) return 0;
  const alone = agendaLabelEnd(folded, 0, ends, bracketed);
  if (alone > 0) return alone;
  for (let at = 0; at < Math.min(AGENDA_HEADING_WORDS, folded.length); at++) {
    const end = ends.get(at);
    if (end === undefined) continue;
    return end === "hard" && !bracketed.has(at) ? agendaLabelEnd(folded, at + 1, ends, bracketed) : 0;
  }
  return 0;
}

/**
 * An 8D report on a customer's complaint ("Rapporto 8D-2025-009 (cliente Electrolux, spedizione doppia) – D4: … – D5 Azione
 * correttiva: …", "8D report – customer ABB – D4 Root cause: … – D5: …"): its heading (the number, the customer, the complaint)
 * runs to its first section and is the frame, not customer work; each section's label ("D5 Azione correttiva:", "D8:") names the
 * step; the root cause (D4) is what went wrong, not the work, when a later section says what is done about it.
 */
const EIGHT_D = "8d";
const EIGHT_D_SECTION = /^d[1-8]$/;
const EIGHT_D_ROOT_CAUSE = "d4";
/** How many words the heading may run to before its first section, and a section's label to its colon or dash. */
const EIGHT_D_HEADING_WORDS = 20;
const EIGHT_D_LABEL_WORDS = 5;

/** The text opens with an 8D report's heading ("8D …", "Rapporto 8D …", "Report 8D …"). */
function isEightD(folded: readonly string[]): boolean {
  return folded[0] === EIGHT_D || ((folded[0] === "rapporto" || folded[0] === "report") && folded[1] === EIGHT_D);
}

/** The index after an 8D section's label starting at `at` ("D5 Azione correttiva:", "D4:"), or 0 when none starts there. */
function eightDLabelEnd(folded: readonly string[], at: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  if (at === 0 || !EIGHT_D_SECTION.test(folded[at] ?? "") || ends.get(at - 1) !== "hard") return 0;
  for (let end = at; end < Math.min(at + EIGHT_D_LABEL_WORDS, folded.length - 1); end++) {
    if (ends.has(end)) return ends.get(end) === "hard" ? end + 1 : 0;
  }
  return 0;
}

/** The words an 8D report's frame takes at `index`: its heading at the start, a section's label, a root cause followed by another section. */
function eightDAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  if (!isEightD(folded)) return 0;
  if (index === 0) {
    for (let at = 1; at < Math.min(EIGHT_D_HEADING_WORDS, folded.length); at++) if (eightDLabelEnd(folded, at, ends) > 0) return at;
    return 0;
  }
  const end = eightDLabelEnd(folded, index, ends);
  if (end === 0 || folded[index] !== EIGHT_D_ROOT_CAUSE) return end > 0 ? end - index : 0;
  for (let at = end + 1; at < folded.length; at++) if (eightDLabelEnd(folded, at, ends) > 0) return at - index;
  return end - index;
}

/**
 * A cross-charge dispute ("Cross-charge dispute CC-2025-031 – Raised by: Marketing – Charge disputed: … – Marketing claims it only
 * uses cloud storage – IT reply: …", "Contestazione riaddebito – Produzione vs IT – Voce: … – Risposta IT: …"): its heading and the
 * parties are a frame (FRAMES); the objection, a clause in which a party says, claims, argues or disputes ("Logistics says it raised
 * few tickets", "L'Amministrazione contesta € 22.000 …"), is the other side's, not the work; the charge and the reply are.
 */
const DISPUTES: readonly (readonly string[])[] = [["cross", "charge", "dispute"], ["contestazione", "riaddebito"], ["chargeback", "dispute"]];
const OBJECTING: ReadonlySet<string> = new Set([
  "says", "say", "claims", "claim", "argues", "argue", "disputes", "dispute", "asks", "contesta", "contestano", "sostiene", "sostengono", "lamenta", "chiede",
]);
/** How far into its clause the objecting verb may come ("L'Amministrazione contesta", "Procurement argues"). */
const OBJECTION_REACH = 3;

function objectionAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  if (index === 0 || ends.get(index - 1) !== "hard" || !DISPUTES.some((cue) => wordsAt(folded, 0, cue))) return 0;
  let end = index;
  while (!ends.has(end) && end + 1 < folded.length) end++;
  if (end + 1 >= folded.length || ends.get(end) !== "hard") return 0;
  const verb = folded.slice(index + 1, Math.min(index + 1 + OBJECTION_REACH, end + 1)).findIndex((word) => OBJECTING.has(word));
  return verb < 0 ? 0 : end - index + 1;
}

/**
 * An idea box's or an ideas marketplace's entry ("💡 Idea #0412 «…» – 96 sostenitori, finanziata al 100% (€ 12.000) – Owner: …",
 * "Ideas Marketplace – '…' – 61 backers, 85% funded – Sponsor: …"): how many backed it and how far it is funded is the crowd's,
 * not finance work; the idea, its owner and what they do stay.
 */
const IDEA_BOXES: ReadonlySet<string> = new Set(["idea", "ideas", "ideabox"]);
const BACKING: ReadonlySet<string> = new Set(["sostenitori", "backers", "voti", "votes", "finanziata", "finanziato", "funded", "upvotes"]);
/** How many words a backing clause may run to ("96 sostenitori, finanziata al 100%", "312 backers, funded 100% in 4 days"). */
const BACKING_WORDS = 9;

function backingAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): number {
  if (index === 0 || ends.get(index - 1) !== "hard" || !IDEA_BOXES.has(folded[0] as string)) return 0;
  let end = index;
  while (ends.get(end) !== "hard" && end + 1 < folded.length && end - index < BACKING_WORDS) end++;
  while (bracketed.has(end + 1) && end + 2 < folded.length) end++;
  if (end + 1 >= folded.length || ends.get(end) !== "hard") return 0;
  return folded.slice(index, end + 1).some((word) => BACKING.has(word)) ? end - index + 1 : 0;
}

/**
 * A make-or-buy memo ("Memo make or buy 02/2025 – Oggetto: … – Raccomandazione: MAKE; …", "Make-or-buy memo #7 – Subject: … –
 * Recommendation: build with…"): its recommendation's label, and a verdict of its own clause ("MAKE", "buy", "keep in house",
 * "né make né buy"), say which way the memo went, not the work: "buy" is no purchasing. A verdict to make or build in house
 * (`makeVerdict`) leaves the alternative it turned down, outsourcing, contractors, an MSP's offers, out of the work (reading.ts).
 * The memo's heading is a frame (FRAMES).
 */
const MAKE_OR_BUY: readonly (readonly string[])[] = [["memo", "make", "or", "buy"], ["make", "or", "buy", "memo"], ["make", "or", "buy"]];
const RECOMMENDATION_LABELS: ReadonlySet<string> = new Set(["raccomandazione", "recommendation", "decisione", "decision", "esito", "verdict"]);
const VERDICT_WORDS: ReadonlySet<string> = new Set(["make", "buy", "build", "keep", "in", "house", "inhouse", "ne", "nor", "neither", "internal", "internally", "interno", "internamente"]);
const MAKE_WORDS: ReadonlySet<string> = new Set(["make", "build", "keep"]);
/** How many words a verdict may run to ("né make né buy", "keep in house"). */
const VERDICT_WORDS_MAX = 4;

const isMakeOrBuy = (folded: readonly string[]): boolean => MAKE_OR_BUY.some((cue) => wordsAt(folded, 0, cue));

/** The verdict's words after a recommendation's label at `index`, when they are a verdict alone ("MAKE;"); undefined when there is no label there. */
function verdictAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): readonly string[] | undefined {
  if (index === 0 || !RECOMMENDATION_LABELS.has(folded[index] ?? "") || ends.get(index) !== "hard" || ends.get(index - 1) !== "hard" || !isMakeOrBuy(folded)) return undefined;
  let end = index + 1;
  while (!ends.has(end) && end + 1 < folded.length && end - index < VERDICT_WORDS_MAX) end++;
  const verdict = folded.slice(index + 1, end + 1);
  return ends.get(end) === "hard" && end + 1 < folded.length && verdict.every((word) => VERDICT_WORDS.has(word)) ? verdict : [];
}

/** The words a make-or-buy memo's recommendation takes at `index`: its label, and its verdict when it stands alone. */
function recommendationAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number {
  const verdict = verdictAt(folded, index, ends);
  return verdict === undefined ? 0 : 1 + verdict.length;
}

const FROM_WORDS: ReadonlySet<string> = new Set(["from", "da", "dal", "dalla", "dai", "dagli", "presso"]);

/**
 * A make-or-buy memo's verdict to buy from someone ("Recommendation: BUY from Nanoveil", "Raccomandazione: BUY dal fornitore…"):
 * the index of its "buy", which names a supplier, not purchasing work; -1 when there is none.
 */
export function buyFromAt(folded: readonly string[], ends: ReadonlyMap<number, ClauseEnd>): number {
  if (!isMakeOrBuy(folded)) return -1;
  for (let index = 1; index + 2 < folded.length; index++) {
    if (verdictAt(folded, index, ends)?.length === 0 && folded[index + 1] === "buy" && FROM_WORDS.has(folded[index + 2] as string)) return index + 1;
  }
  return -1;
}

/** A make-or-buy memo that recommends making or building in house (not "buy", not "né make né buy"). */
export function makeVerdict(folded: readonly string[], ends: ReadonlyMap<number, ClauseEnd>): boolean {
  if (!isMakeOrBuy(folded)) return false;
  for (let index = 1; index < folded.length; index++) {
    const verdict = verdictAt(folded, index, ends);
    if (verdict !== undefined && verdict.some((word) => MAKE_WORDS.has(word)) && !verdict.includes("buy")) return true;
    // "Recommendation: build with the tools we already own", "make in-house; …": a verdict that opens its clause.
    if (verdict !== undefined && verdict.length === 0 && MAKE_WORDS.has(folded[index + 1] ?? "") && !folded.slice(index + 1, index + 1 + VERDICT_WORDS_MAX).includes("buy")) return true;
  }
  return false;
}

/**
 * How many words at the start of a text are the heading of the document it comes from (a frame such
 * as "Manuale di direzione –", a source heading such as "COMUNICATO STAMPA –"): a compound text's
 * parts that lie inside it are not pieces of work either.
 */
export function headingLength(text: string): number {
  const { words: folded, ends, bracketed } = foldClauses(text);
  return (
    frameAt(folded, 0, ends, bracketed) || sourceHeadingAt(folded, 0, ends, bracketed) || agendaAt(folded, 0, ends, bracketed) ||
    dialogueHeadingLength(folded, ends, bracketed) || eightDAt(folded, 0, ends)
  );
}

/**
 * A recognition badge with its name, and who gives it to whom ("Kudos · Badge: 'Rock Solid' · from Priya S. to Daniel O.:",
 * "Badge «Architetto» – da Federico a Valentina:", "Kudos con badge «Negoziatore» – a Stefano (IT Vendor Mgmt) da parte del CIO:"):
 * a kudos' badge is no building badge, its name ('Bold Call', 'Team Builder', «Architetto») no work, and the giver's unit
 * (Finance, Sales) who thanks, not whose work it is. What the kudos says is the work.
 */
const QUOTED_NAME = `(?:'[^'\\n]{1,40}'|«[^»\\n]{1,40}»|"[^"\\n]{1,40}"|“[^”\\n]{1,40}”|‘[^’\\n]{1,40}’)`;
const GIVER = `(?:from|to|da|a)\\s[^:«"“‘\\n]{1,70}?(?:\\s(?:to|from|a|da(?:\\s+parte)?)\\s[^:«"“‘\\n]{1,50}?)?(?=\\s*(?::|[–—]\\s))`;
const RECOGNITION = new RegExp(
  `(?<![\\p{L}])(?:kudos[^\\p{L}\\p{N}]*(?:(?:con|with)\\s+)?)?badge\\s*:?\\s*${QUOTED_NAME}(?:[^\\p{L}\\p{N}'«"“‘]*${GIVER})?`,
  "giu",
);

/**
 * A subtitle's heading, its number and its timecode ("Sottotitoli video employer branding – 44 – 00:03:20,000 --> 00:03:26,100 –",
 * "SRT – 'Made better' – 33 – 00:02:40,000 --> …"): the video is where the line is said, not the work ("employer branding").
 */
const SUBTITLE_HEADING = /^[^\n]{0,100}?\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}/u;

/**
 * A collective agreement and the grade under it ("CCNL Metalmeccanici Industria, livello A1 (quadro)", "CCNL Commercio, I livello"):
 * the contract the job is paid under, whose sector ("Commercio", "Logistica, Trasporto Merci") is not the work.
 */
const COLLECTIVE_AGREEMENT = /(?<![\p{L}])CCNL\s[^–—:\n]{0,70}?(?=\s[–—-]\s|:|\)|$)/gu;

/**
 * The party a requirement binds ("The Supplier shall…", "the Bidder will…", "il Fornitore dovrà…"): who will do the work
 * in a tender, not a vendor to manage. How far a response complies ("Status: Fully Compliant", "Compliance: PC", "FC") is the
 * response's status, not compliance work (legal's) nor a complaint to listen to.
 */
const REQUIREMENT_STATUS = new RegExp(
  `(?<![\\p{L}])(?:(?:Status|Compliance|Stato|Conformità|Response|Risposta)\\s*:\\s*(?:FC|PC|NC|C)(?![\\p{L}])(?:\\s*\\([^)\\n]{0,25}\\))?|(?:(?:Status|Compliance|Stato|Conformità)\\s*:\\s*)?(?:Fully\\s+|Partially\\s+|Non[- ]?)?Compliant(?![\\p{L}]))`,
  "gu",
);
const BOUND_PARTY = /(?<![\p{L}])(?:(?:the|The|il|Il)\s+)?(?:Supplier|Bidder|Contractor|Fornitore|Aggiudicatario)\s+(?:shall|will|must|dovr[àa]|deve)(?![\p{L}])/gu;

/**
 * The marks of a document that stand in the text as typed, before it is folded (their quotes, their
 * capitals, a timecode's punctuation tell them): taken out before the words are read.
 */
export function dropDocumentMarks(text: string): string {
  return text.replace(SUBTITLE_HEADING, " ").replace(COLLECTIVE_AGREEMENT, " ").replace(BOUND_PARTY, " ").replace(REQUIREMENT_STATUS, " ").replace(RECOGNITION, " ");
}

/**
 * The words at `index` that belong to the document a line is copied from, not to its work: a
 * heading, a speaker, a greeting, a form's labels. Undefined when none starts there; a length of 0
 * when the words there name the document and stay ("Standup comitato prodotto –"). `alone`: only
 * these words go, not the rest of their clause.
 */
export function documentFrameAt(
  folded: readonly string[],
  index: number,
  ends: ReadonlyMap<number, ClauseEnd>,
  bracketed: ReadonlySet<number>,
): { length: number; alone?: boolean } | undefined {
  const word = folded[index] as string;
  if (headingAt(folded, index, ends)) return { length: 1 };
  const speaker = chatSpeakerAt(folded, index, ends);
  if (speaker > 0) return { length: speaker };
  const source = sourceHeadingAt(folded, index, ends, bracketed);
  if (source > 0) return { length: source };
  const dialogue = dialogueAt(folded, index, ends, bracketed);
  if (dialogue > 0) return { length: dialogue };
  const greeting = greetingAt(folded, index, ends);
  if (greeting > 0) return { length: greeting };
  const eightD = eightDAt(folded, index, ends) || recommendationAt(folded, index, ends) || objectionAt(folded, index, ends) || backingAt(folded, index, ends, bracketed);
  if (eightD > 0) return { length: eightD };
  // A support macro's label ("Macro «Accesso abilitato + corso» –"): its title names the subject and stays.
  if (index === 0 && word === "macro" && folded.length > 1) return { length: 1, alone: true };
  if (index === 0 && openingFrame(folded)?.keepsName === true) {
    return { length: 0 };
  }
  const frame = frameAt(folded, index, ends, bracketed) || framedAfterNameAt(folded, index, ends, bracketed) || agendaAt(folded, index, ends, bracketed);
  if (frame > 0) {
    const alone = index === 0 && openingFrame(folded)?.alone === true;
    return { length: frame, ...(alone ? { alone } : {}) };
  }
  // The label alone goes: length 1 and a hard end right after it, so the doer named after it stays.
  if (ASSIGNEE_LABELS.has(word) && ends.get(index) === "hard" && index > 0 && ends.get(index - 1) === "hard") return { length: 1 };
  return undefined;
}
