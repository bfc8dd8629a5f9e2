import { BOUNDARY_PAIRS, DUTIES, DUTY_IDS, type DutyId, type RoleName } from "./catalog";
import { ACTIONS, CONCEPTS, OUT_OF_SCOPE_DOMAINS, type Concept, type OutOfScopeDomain } from "./classifier/concepts";
import { DISPLAY, clearWordCache, normalizeWords, readWords, typedWord, type Reading } from "./classifier/reading";
import { DUTY_SENSES, OUT_OF_SCOPE_SENSES, PART_OF_THE_JOB, WORK_DONE_TO, type Condition, type DutySense } from "./classifier/senses";
import { splitIntoParts, type TextPart } from "./classifier/split-parts";
import { headingPart, namesHolder, readDoers, signatureParts } from "./classifier/doer-words";
import { headingLength } from "./classifier/document-frames";
import { foldText, words } from "./text/fold";
import { partDutyByModel, vetoesPartDuty, withLearnedModel } from "./classifier/consult-model";
import { clearModelCache } from "./classifier/learned-model";
import type { Classification, ClassificationReason, LexiconAnswer } from "./classifier/classification";

export type { Classification, ClassificationReason } from "./classifier/classification";


/** Below this score the evidence is too thin to name a duty. */
const MIN_SCORE = 1.5;
/** Out-of-scope evidence this strong relative to the best duty means "no duty" (payroll software is payroll). */
const OUT_OF_SCOPE_RATIO = 0.75;
/**
 * Two duties whose scores are this close, in absolute terms or as a ratio, are "almost equal":
 * the `ambiguous-responsibility` rule then asks the user. Kept tight on purpose: an info finding
 * on every clear responsibility would teach users to ignore them.
 */
const AMBIGUITY_MARGIN = 0.5;
const AMBIGUITY_RATIO = 0.85;
/** Sharpness of the softmax that turns scores into confidences. */
const SOFTMAX_SHARPNESS = 1.5;
/** The score "no duty" competes with when there is no out-of-scope evidence. */
const NO_DUTY_BASELINE = MIN_SCORE - 0.5;

const DUTY_ORDER = new Map<DutyId, number>(DUTY_IDS.map((id, index) => [id, index]));

function conceptPresent(condition: Condition, reading: Reading): Concept | undefined {
  if (typeof condition === "string") return reading.concepts.has(condition) ? condition : undefined;
  for (const concept of condition as readonly Concept[]) if (reading.concepts.has(concept)) return concept;
  return undefined;
}

/** The concepts that satisfied each condition, or undefined when some condition fails. */
function satisfied(when: readonly Condition[], reading: Reading): Concept[] | undefined {
  // Most candidate senses fail: check before allocating.
  for (const condition of when) if (conceptPresent(condition, reading) === undefined) return undefined;
  return when.map((condition) => conceptPresent(condition, reading) as Concept);
}

interface DutyScore {
  duty: DutyId;
  score: number;
  senses: { sense: DutySense; concepts: Concept[] }[];
}

/** Scratch marks of scoreAllDuties, one per sense, all zero between calls. */
const candidate = new Uint8Array(DUTY_SENSES.length);

function scoreDuties(reading: Reading): DutyScore[] {
  return scoreAllDuties(reading).filter((entry) => entry.score > 0);
}

/**
 * The senses that may hold once a concept is read: those whose first condition names it. A text
 * evokes a handful of concepts, so only a few senses of the ~180 need checking.
 */
const SENSES_BY_FIRST_CONCEPT: ReadonlyMap<Concept, readonly number[]> = (() => {
  const index = new Map<Concept, number[]>();
  for (const [position, sense] of DUTY_SENSES.entries()) {
    const first = sense.when[0];
    if (first === undefined) throw new Error(`A sense of ${sense.duty} has no condition`);
    for (const concept of typeof first === "string" ? [first] : (first as readonly Concept[])) {
      const list = index.get(concept) ?? [];
      list.push(position);
      index.set(concept, list);
    }
  }
  return index;
})();

/** Every duty some sense of which held, by score: positive ones are candidates. */
function scoreAllDuties(reading: Reading): DutyScore[] {
  // Mark the candidates, then visit them in the senses' own order, so scores add up and
  // explanations read the same as a full scan.
  let first = DUTY_SENSES.length;
  let last = -1;
  for (const concept of reading.concepts.keys()) {
    for (const position of SENSES_BY_FIRST_CONCEPT.get(concept) ?? []) {
      candidate[position] = 1;
      if (position < first) first = position;
      if (position > last) last = position;
    }
  }
  const byDuty = new Map<DutyId, DutyScore>();
  for (let position = first; position <= last; position++) {
    if (candidate[position] === 0) continue;
    candidate[position] = 0;
    const sense = DUTY_SENSES[position] as DutySense;
    const concepts = satisfied(sense.when, reading);
    if (concepts === undefined) continue;
    let entry = byDuty.get(sense.duty);
    if (entry === undefined) {
      entry = { duty: sense.duty, score: 0, senses: [] };
      byDuty.set(sense.duty, entry);
    }
    entry.score += sense.weight;
    entry.senses.push({ sense, concepts });
  }
  return [...byDuty.values()].sort((a, b) => b.score - a.score || (DUTY_ORDER.get(a.duty) ?? 0) - (DUTY_ORDER.get(b.duty) ?? 0));
}

/** The out-of-scope domains that do not count against a duty in this reading (PART_OF_THE_JOB, WORK_DONE_TO). */
function excusedFor(duty: DutyId, reading: Reading): readonly OutOfScopeDomain[] {
  const doneTo = WORK_DONE_TO[duty];
  if (doneTo === undefined || satisfied(doneTo.when, reading) === undefined) return PART_OF_THE_JOB[duty] ?? [];
  return [...(PART_OF_THE_JOB[duty] ?? []), ...doneTo.domains];
}

/**
 * The out-of-scope evidence against a duty (or against any, without one): its weight is summed
 * over every domain (buying raw materials for the warehouse at the best price is purchasing,
 * logistics and pricing at once, and each says "no duty"); the domain and words named are the
 * strongest domain's.
 */
function outOfScopeEvidence(reading: Reading, duty?: DutyId): { domain: OutOfScopeDomain; weight: number; words: string[] } | undefined {
  const excused = duty === undefined ? [] : excusedFor(duty, reading);
  const totals = new Map<OutOfScopeDomain, { weight: number; words: string[] }>();
  for (const [domain, evidence] of reading.outOfScope) {
    if (!excused.includes(domain)) totals.set(domain, { weight: evidence.weight, words: [...evidence.words] });
  }
  for (const sense of OUT_OF_SCOPE_SENSES) {
    if (excused.includes(sense.domain)) continue;
    const concepts = satisfied(sense.when, reading);
    if (concepts === undefined) continue;
    const words = concepts.map((concept) => reading.concepts.get(concept) ?? concept);
    const total = totals.get(sense.domain);
    if (total === undefined) totals.set(sense.domain, { weight: sense.weight, words });
    else total.weight += sense.weight;
  }
  let best: { domain: OutOfScopeDomain; weight: number; words: string[] } | undefined;
  let all = 0;
  for (const [domain, total] of totals) {
    all += total.weight;
    if (best === undefined || total.weight > best.weight) best = { domain, ...total };
  }
  return best === undefined ? undefined : { ...best, weight: all };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function describeSense({ sense, concepts }: DutyScore["senses"][number], reading: Reading): string {
  const parts = concepts.map((concept) => `${CONCEPTS[concept]} ("${reading.concepts.get(concept) ?? concept}")`);
  const sign = sense.weight > 0 ? "+" : "";
  return `${parts.join(" + ")} → ${sense.duty} (${sign}${sense.weight})`;
}

/**
 * The concepts (in the order the text gives them) and the distinct words behind some senses.
 * An implied concept ("IT" → technology) is left out when its word already stands for another.
 */
function evidenceOf(wanted: readonly Concept[], reading: Reading): { concepts: Concept[]; words: string[] } {
  const picked: Concept[] = [];
  const words: string[] = [];
  for (const [concept, shown] of reading.concepts) {
    if (!wanted.includes(concept)) continue;
    const word = typedWord(shown);
    if (reading.implied.has(concept) && words.includes(word)) continue;
    picked.push(concept);
    if (!words.includes(word)) words.push(word);
  }
  return { concepts: picked, words };
}

function positiveConcepts(entry: DutyScore): Concept[] {
  const concepts: Concept[] = [];
  for (const { sense, concepts: matched } of entry.senses) if (sense.weight > 0) concepts.push(...matched);
  return concepts;
}


/**
 * The best duty, its runner-up and the out-of-scope evidence against it. Out-of-scope work that
 * outweighs the best duty may be part of another candidate's job: careers of "my sysadmins" are
 * HR's in general, but looking after the IT department's people is that duty.
 */
function leadingCandidates(
  ranked: readonly DutyScore[],
  reading: Reading,
): { best: DutyScore | undefined; second: DutyScore | undefined; outOfScope: ReturnType<typeof outOfScopeEvidence> } {
  const [best, second] = ranked;
  const outOfScope = outOfScopeEvidence(reading, best?.duty);
  if (best === undefined || outOfScope === undefined || outOfScope.weight < OUT_OF_SCOPE_RATIO * best.score) return { best, second, outOfScope };
  for (const entry of ranked) {
    if (entry === best || excusedFor(entry.duty, reading).length === 0 || entry.score < MIN_SCORE) continue;
    const remaining = outOfScopeEvidence(reading, entry.duty);
    if (remaining !== undefined && remaining.weight >= OUT_OF_SCOPE_RATIO * entry.score) continue;
    return { best: entry, second: ranked.find((other) => other !== entry && other !== best), outOfScope: remaining };
  }
  return { best, second, outOfScope };
}

function classifyReading(reading: Reading): LexiconAnswer {
  const scored = scoreAllDuties(reading);
  const ranked = scored.filter((entry) => entry.score > 0);
  const ruledOut = new Set(
    scored.filter((entry) => entry.score <= 0 && entry.senses.some(({ sense }) => sense.weight < 0)).map((entry) => entry.duty),
  );
  const { best, second, outOfScope } = leadingCandidates(ranked, reading);
  const noDutyScore = Math.max(NO_DUTY_BASELINE, outOfScope?.weight ?? 0);

  // Softmax over the candidate duties and "no duty": a confidence is a share of the evidence.
  const exp = (score: number) => Math.exp(SOFTMAX_SHARPNESS * score);
  const total = ranked.reduce((sum, entry) => sum + exp(entry.score), exp(noDutyScore));
  const share = (score: number) => round2(exp(score) / total);

  const why: string[] = [];
  const direct = [...reading.concepts].filter(([concept]) => !reading.implied.has(concept));
  if (direct.length > 0) why.push(`read: ${direct.map(([concept, word]) => `"${word}" → ${CONCEPTS[concept]}`).join(", ")}`);

  const outOfScopeWins = best !== undefined && outOfScope !== undefined && outOfScope.weight >= OUT_OF_SCOPE_RATIO * best.score;
  if (best === undefined || best.score < MIN_SCORE || outOfScopeWins) {
    if (outOfScope !== undefined) {
      why.push(`out of scope (${OUT_OF_SCOPE_DOMAINS[outOfScope.domain]}): ${outOfScope.words.map((w) => `"${w}"`).join(", ")}`);
    }
    const reasons: ClassificationReason[] = [];
    if (outOfScope !== undefined) {
      reasons.push({
        kind: "out-of-scope",
        domain: outOfScope.domain,
        words: [...new Set(outOfScope.words.map(typedWord))],
        ...(outOfScopeWins ? { outweighs: best.duty } : {}),
      });
    }
    if (best === undefined) reasons.push({ kind: "nothing", ...evidenceOf(direct.map(([concept]) => concept), reading) });
    else if (!outOfScopeWins) reasons.push({ kind: "weak", closest: best.duty, ...evidenceOf(positiveConcepts(best), reading) });

    if (best === undefined) why.push("no duty: nothing in the text matches a duty of the document");
    else if (!outOfScopeWins) why.push(`no duty: the best match, ${best.duty}, is too weak (${round2(best.score)} < ${MIN_SCORE})`);
    else why.push(`no duty: out-of-scope work outweighs ${best.duty}`);
    const classification: Classification = {
      duty: null,
      duties: [],
      confidence: share(noDutyScore),
      why,
      reasons,
      ...(best === undefined ? {} : { runnerUp: { duty: best.duty, confidence: share(best.score) } }),
      ambiguous: false,
    };
    return { classification, bestScore: best?.score ?? 0, outOfScope: outOfScope !== undefined, ruledOut };
  }

  for (const entry of best.senses) why.push(describeSense(entry, reading));
  const ambiguous =
    second !== undefined && (best.score - second.score < AMBIGUITY_MARGIN || second.score >= AMBIGUITY_RATIO * best.score);
  const reasons: ClassificationReason[] = [{ kind: "matched", duty: best.duty, ...evidenceOf(positiveConcepts(best), reading) }];
  if (ambiguous) {
    why.push(`almost as likely: ${second.duty} (${round2(second.score)} vs ${round2(best.score)})`);
    reasons.push({ kind: "ambiguous", duty: best.duty, runnerUp: second.duty, ...evidenceOf(positiveConcepts(second), reading) });
  }
  const classification: Classification = {
    duty: best.duty,
    duties: [best.duty],
    confidence: share(best.score),
    why,
    reasons,
    ...(second === undefined ? {} : { runnerUp: { duty: second.duty, confidence: share(second.score) } }),
    ambiguous,
  };
  return { classification, bestScore: best.score, outOfScope: outOfScope !== undefined, ruledOut };
}

/** A compound text names at most this many duties: past three, a line is a job description. */
export const MAX_DUTIES = 3;
/**
 * A part of a compound text needs more evidence than a whole text: a bare list item ("server")
 * usually details the main duty rather than adding one. Its action carries over from the item
 * before it ("gestione di infrastruttura, fornitori…"), which is what lets a short item reach it.
 */
const PART_MIN_SCORE = 2.0;

/**
 * The duty one part of a compound text carries, if it clearly carries one. A part torn between two
 * duties takes the one of the main duty's role ("infrastruttura, fornitori": the IT vendors),
 * or none when that does not settle it.
 */
function dutyOfPart(reading: Reading, mainOwner: RoleName): DutyScore | undefined {
  const [best, second] = scoreDuties(reading);
  if (best === undefined || best.score < PART_MIN_SCORE) return undefined;
  const outOfScope = outOfScopeEvidence(reading, best.duty);
  if (outOfScope !== undefined && outOfScope.weight >= OUT_OF_SCOPE_RATIO * best.score) return undefined;
  if (second === undefined || (best.score - second.score >= AMBIGUITY_MARGIN && second.score < AMBIGUITY_RATIO * best.score)) return best;
  const ofMainRole = [best, second].filter((entry) => DUTIES[entry.duty].owner === mainOwner);
  return ofMainRole.length === 1 ? ofMainRole[0] : undefined;
}

/**
 * Nouns whose list of members may follow them: "fornitori di servizi cloud e telecomunicazioni" is
 * one group of vendors, "a team of sysadmins and helpdesk staff" one team, "the IT group (helpdesk,
 * infra, apps)" one unit. When such a noun is qualified by what follows it, the next parts without
 * an action of their own are its members, not further duties ("the IT team and the data centre" are two).
 */
const LIST_HEADS: ReadonlySet<Concept> = new Set<Concept>(["vendor", "team", "department", "staff"]);

/**
 * Duties a main duty already covers when a part names them: the network and the lines of a
 * communications text are the communication capability itself, not a second infrastructure duty.
 */
const ABSORBS: Readonly<Partial<Record<DutyId, readonly DutyId[]>>> = {
  "cio.communications-upkeep": ["cio.infrastructure-management"],
};

/** The duties of leading a department: a further one needs its part to say so with its own action. */
const DEPARTMENT_DUTIES: ReadonlySet<DutyId> = new Set<DutyId>(["cio.it-department", "cto.engineering-department"]);

/** Each duty's counterparts across the document's boundary pairs. */
const PARTNERS: ReadonlyMap<DutyId, readonly DutyId[]> = new Map(
  BOUNDARY_PAIRS.flatMap(({ cio, cto }) => [...cio.map((duty) => [duty, cto] as const), ...cto.map((duty) => [duty, cio] as const)]),
);

/**
 * Adds the duties of a compound text's parts to the whole text's classification, in the order the
 * text gives them: people write the main piece of work first. The whole text's duty stays among
 * them (first, when no part carries it on its own). A runner-up that a part carries is not a doubt
 * but a second duty, so the text is no longer ambiguous about it.
 */
function withPartDuties(whole: Classification, parts: readonly string[][], doers: readonly PartDoers[], withModel: boolean, who?: MainByWho): Classification {
  if (whole.duty === null) return whole;
  const main = whole.duty;
  const mainOwner = DUTIES[main].owner;
  const absorbed = ABSORBS[main] ?? [];
  const found: { duty: DutyId; part: number; reason: ClassificationReason; why: string }[] = [];
  const learned: typeof found = [];
  let carried: readonly (readonly [Concept, string])[] = [];
  let listOfHead = false;
  for (const [index, words] of parts.entries()) {
    if (words.length === 0) continue;
    const { actions, headsList } = partShape(words);
    if (actions.length > 0) {
      carried = actions;
      listOfHead = headsList;
    } else if (listOfHead) {
      // An item of a list of vendors or of team members says which vendors, which people.
      continue;
    } else if (headsList) {
      // A group named with no action ("il reparto IT ha tre team (infrastruttura, applicazioni, service desk)")
      // heads a list all the same: the items after it are its members, not further pieces of work.
      listOfHead = true;
    }
    const partWords = actions.length > 0 ? [] : carried;
    // The model reads a part only when it is a piece of work of its own: its own action and an object.
    const ownWork = withModel && actions.length > 0 && words.length > 1;
    let duty = partDuty(words, partWords, mainOwner, false);
    // A further duty the lexicon reads in a part stands only if the model does not read the part clearly otherwise.
    if (duty !== null && withModel && duty.duty !== main && vetoesPartDuty(words, readWords(words), duty.duty)) duty = null;
    duty ??= ownWork ? partDuty(listFrom(parts, index), partWords, mainOwner, true) : null;
    if (duty === null || absorbed.includes(duty.duty) || [...found, ...learned].some((entry) => entry.duty === duty.duty)) continue;
    // A department named in a part without an action of its own says who does the work ("conduzione dei
    // server … del CED", "Ruolo: Sistemista senior", "| R&D"), not that leading it is a further duty; so
    // does one whose only action words name who does it, a holder's title or a passive's agent
    // ("Il Dirigente del Settore Sistemi Informativi", "Owner: … Engineering", "valutato da: Ufficio Tecnico").
    const partDoers = doers[index]?.words;
    const namesWho = actions.every(([, shown]) => partDoers?.has(typedWord(shown)) === true) || unitsNamedAsWho(words, partDoers);
    if (DEPARTMENT_DUTIES.has(duty.duty) && duty.duty !== main && namesWho) continue;
    // Leading a department read as the main duty in a part that only names who does the work ("sotto la
    // direzione del Dirigente Sistemi Informativi", "Lead: IT Comms."), or any main duty read in the document's
    // title ("Mindmap: Product roadmap 2026"): another part must carry it.
    const byWho = DEPARTMENT_DUTIES.has(main) && ((namesWho && doers[index]?.agent === true) || doers[index]?.holder === true);
    if (who !== undefined && duty.duty === main && (byWho || doers[index]?.heading === true)) {
      who.parts.add(index);
      continue;
    }
    // A part opened by a label of who holds the post or owns the work ("Owner: IT Security", "Ruolo: Coordinatore
    // esercizio IT", "Role: … platform owner") names the unit or the post: whatever its words read, no further duty.
    if (duty.duty !== main && doers[index]?.holder === true) continue;
    // So does a first part that is only the document's title ("Jira Service Management –", "Mindmap: Product roadmap 2026").
    if (duty.duty !== main && doers[index]?.heading === true) continue;
    // Leading a department, its people named by their trade ("guida i sistemisti e i tecnici dell'helpdesk",
    // "leading the sysadmins, service-desk staff and …") are its members, not their trade's work as a further duty.
    if (DEPARTMENT_DUTIES.has(main) && duty.duty !== main && readWords(words).concepts.has("staff")) continue;
    // So is one of its teams named by its lead alone ("a new service-desk lead", "nuovo capo helpdesk"): which
    // team gets a lead, not its work as a further duty.
    if (DEPARTMENT_DUTIES.has(main) && duty.duty !== main && actions.length > 0 && actions.every(([concept]) => concept === "lead")) continue;
    // Running IT day to day, the items listed after it with no action of their own ("IT operations (service desk,
    // backups, monitoring)", "gestisce le operazioni IT: ticket, backup notturni") are its scope, not infrastructure work.
    if (main === "cio.it-operations" && duty.duty === "cio.infrastructure-management" && actions.length === 0) continue;
    // The service desk named beside access and training work is who does it ("a cura del Service Desk", "the Service
    // Desk owns joiners/movers/leavers", "Addetto service desk"): a part read as IT operations only by it adds no duty.
    if (main === "cio.user-access-training" && duty.duty === "cio.it-operations" && readsOnly(duty.reason, "helpdesk")) continue;
    // The other side of the main duty's boundary is the same work seen from the other role ("secure infrastructure").
    if (duty.learned && (duty.duty === main || PARTNERS.get(main)?.includes(duty.duty))) continue;
    (duty.learned ? learned : found).push({ ...duty, part: index });
  }
  if (who !== undefined && who.parts.size > 0 && !found.some(({ duty }) => duty === main) && found.length > 0) who.rest = true;
  if (![...found, ...learned].some(({ duty }) => duty !== main)) return whole;
  // A main duty no part carries on its own was read across the parts: the split cut through one piece of
  // work (a heading and its item, "Creazione account e caselle email", "over-the-air updates and telematics
  // to the tractors we build"), so what a part reads alone is a detail of it, not a further duty.
  if (!found.some(({ duty }) => duty === main)) return whole;
  const wholeMatched = whole.reasons.find((reason) => reason.kind === "matched");
  // What the model reads in a part comes after what the lexicon reads: it never becomes the main duty.
  const ordered = [...(found.some(({ duty }) => duty === main) ? found : [{ duty: main, part: -1, reason: wholeMatched, why: "" }, ...found]), ...learned];
  // At most MAX_DUTIES, and never without the whole text's duty.
  let kept = ordered.slice(0, MAX_DUTIES);
  const mainEntry = ordered.find(({ duty }) => duty === main);
  if (mainEntry !== undefined && !kept.includes(mainEntry)) kept = [...ordered.slice(0, MAX_DUTIES - 1), mainEntry];
  const duties = kept.map(({ duty }) => duty);
  const settled = whole.ambiguous && whole.runnerUp !== undefined && duties.includes(whole.runnerUp.duty);
  const ambiguous = whole.ambiguous && !settled;
  // Each duty is explained by its own part; the whole text's reading explains a main duty no part carries.
  const reasons = kept.flatMap(({ reason }): ClassificationReason[] => (reason === undefined ? [] : [reason]));
  if (ambiguous) reasons.push(...whole.reasons.filter((reason) => reason.kind === "ambiguous"));
  reasons.push(...whole.reasons.filter((reason) => reason.kind === "learned"));
  const why = whole.why.filter((line) => !(settled && line.startsWith("almost as likely:")));
  why.push(`compound: ${duties.join(", ")}`, ...kept.filter(({ duty }) => duty !== main).map((entry) => `also ${entry.why}`));
  const runnerUp = whole.runnerUp !== undefined && !duties.includes(whole.runnerUp.duty) ? whole.runnerUp : undefined;
  const { runnerUp: _dropped, ...rest } = whole;
  const dutyParts = kept.map(({ part }) => part);
  return { ...rest, duty: duties[0] ?? main, duties, dutyParts, why, reasons, ambiguous, ...(runnerUp === undefined ? {} : { runnerUp }) };
}

/** Whether a part's duty was read from one concept alone (a learned reading names no concepts: not). */
function readsOnly(reason: ClassificationReason, concept: Concept): boolean {
  return reason.kind === "matched" && reason.concepts.length > 0 && reason.concepts.every((read) => read === concept);
}

/**
 * A part with the items after it that have no action of their own: the object of its action runs on
 * into them ("Keep laptops, accounts and tools working"), so the model reads the list, not its first
 * item alone ("keep laptops" is IT operations; laptops and accounts for the team are user access).
 */
function listFrom(parts: readonly string[][], index: number): string[] {
  const words = [...(parts[index] ?? [])];
  for (const next of parts.slice(index + 1)) {
    if (next.length === 0) continue;
    if (partShape(next).actions.length > 0) break;
    words.push(...next);
  }
  return words;
}

// Parts repeat across texts ("per la sede di Milano", "i server"): their shape and their duty
// are computed once. Cleared with the classification cache.
const shapes = new Map<string, { actions: (readonly [Concept, string])[]; headsList: boolean }>();
const partDuties = new Map<string, PartDuty | null>();

interface PartDuty {
  duty: DutyId;
  reason: ClassificationReason;
  why: string;
  /** Read by the learned model, the lexicon having read no clear duty in the part. */
  learned: boolean;
}

/** A part's own actions, and whether it names a group (vendors, a team) whose members may follow. */
function partShape(words: readonly string[]): { actions: (readonly [Concept, string])[]; headsList: boolean } {
  const key = words.join(" ");
  let shape = shapes.get(key);
  if (shape === undefined) {
    const reading = readWords(words);
    const actions = [...reading.concepts].filter(([concept]) => ACTIONS.has(concept));
    const headsList = [...reading.concepts].some(([concept, shown]) => LIST_HEADS.has(concept) && words.indexOf(typedWord(shown)) < words.length - 1);
    shape = { actions, headsList };
    remember(shapes, key, shape);
  }
  return shape;
}

/**
 * The duty a part carries, reading it with the actions carried over from the part before it: by
 * the lexicon, or (`byModel`) by the learned model when the lexicon reads no clear one.
 */
function partDuty(words: readonly string[], carried: readonly (readonly [Concept, string])[], mainOwner: RoleName, byModel: boolean): PartDuty | null {
  const key = `${byModel ? "model|" : ""}${mainOwner}|${words.join(" ")}|${carried.map(([concept, word]) => `${concept}=${word}`).join(",")}`;
  const known = partDuties.get(key);
  if (known !== undefined) return known;
  const reading = readWords(words);
  for (const [concept, word] of carried) if (!reading.concepts.has(concept)) reading.concepts.set(concept, word);
  const entry = byModel ? undefined : dutyOfPart(reading, mainOwner);
  const part = words.map((word) => DISPLAY.get(word) ?? word).join(" ");
  let result: PartDuty | null = null;
  if (entry !== undefined) {
    result = {
      duty: entry.duty,
      reason: Object.freeze({ kind: "matched", duty: entry.duty, ...evidenceOf(positiveConcepts(entry), reading) }),
      why: `${entry.duty}, from "${part}": ${entry.senses.filter(({ sense }) => sense.weight > 0).map((sense) => describeSense(sense, reading)).join("; ")}`,
      learned: false,
    };
  } else if (byModel) {
    const scored = scoreAllDuties(reading);
    const ruledOut = new Set(scored.filter((scoredDuty) => scoredDuty.score <= 0 && scoredDuty.senses.some(({ sense }) => sense.weight < 0)).map(({ duty }) => duty));
    const learned = partDutyByModel(words, reading, ruledOut, outOfScopeEvidence(reading) !== undefined);
    if (learned !== undefined) {
      result = {
        duty: learned.duty,
        reason: Object.freeze({ kind: "matched", duty: learned.duty, concepts: [], words: learned.words }),
        why: `${learned.duty}, from "${part}": learned model (${learned.probability}) from ${learned.words.map((word) => `"${word}"`).join(", ")}`,
        learned: true,
      };
    }
  }
  remember(partDuties, key, result);
  return result;
}

/** The parts that carried the main duty only by naming who does the work, and whether other parts carry a duty of their own. */
interface MainByWho {
  parts: Set<number>;
  rest: boolean;
}

function classifyParts(whole: readonly string[], parts: readonly string[][], doers: readonly PartDoers[], useModel = true): Classification {
  const reading = readWords(whole);
  const lexicon = classifyReading(reading);
  const classification = useModel ? withLearnedModel(lexicon, whole, reading) : lexicon.classification;
  if (parts.length <= 1) return classification;
  const who: MainByWho = { parts: new Set(), rest: false };
  const result = withPartDuties(classification, parts, doers, useModel, who);
  if (!who.rest) return result;
  // Leading a department was the main duty only in the words that name who does the work ("…, sotto la
  // direzione del Dirigente Sistemi Informativi"), or the main duty only in the document's title: the work
  // is what the other parts say, read without them.
  const rest = parts.flatMap((words, index) => (who.parts.has(index) ? [] : words));
  const restReading = readWords(rest);
  const restLexicon = classifyReading(restReading);
  const work = useModel ? withLearnedModel(restLexicon, rest, restReading) : restLexicon.classification;
  // When the other parts read no other main duty ("… – Importo: 2.480.000 € + IVA" reads as no duty), the parts add theirs as before.
  if (work.duty === null || work.duty === classification.duty) return withPartDuties(classification, parts, doers, useModel);
  return withPartDuties(work, parts, doers, useModel);
}

/**
 * Whether every unit a part names lies in who does its work ("funzionanti a cura dell'Ufficio Sistemi
 * Informativi"): the unit is the one entrusted with the work, not a further duty of leading it.
 */
function unitsNamedAsWho(words: readonly string[], doers: ReadonlySet<string> | undefined): boolean {
  if (doers === undefined || doers.size === 0) return false;
  const units = [...readWords(words).concepts].filter(([concept]) => concept === "department" || concept === "team");
  return units.length > 0 && units.every(([, shown]) => doers.has(typedWord(shown)));
}

/** Who does the work, as a part of a compound text names it: its doer words, and whether a label names the holder. */
interface PartDoers {
  words: ReadonlySet<string>;
  holder: boolean;
  /** Names who as a passive's agent or whom the work is entrusted to, not by a title alone. */
  agent: boolean;
  /** The document's title, as the text's first part. */
  heading: boolean;
}

/** A part that signs the text ("… – Marco Zeni, Responsabile IT") names who, as a label does. */
function doersOf(text: string, parts: readonly TextPart[]): PartDoers[] {
  const signature = signatureParts(text, parts);
  const heading = headingPart(text, parts);
  return parts.map((part, index) => ({
    ...readDoers(part.text),
    holder: namesHolder(part.text) || signature.has(index),
    heading: heading && index === 0,
  }));
}

// Real charts repeat phrasings, and the canvas re-analyses on every keystroke: classify each
// text once. Two levels: the raw text (no work at all on a hit) and its normalised words (so
// "Gestire le operazioni IT" and "gestire  le operazioni IT." share one entry).
const MAX_CACHED = 50_000;
const byText = new Map<string, Classification>();
const byWords = new Map<string, Classification>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, value);
}

function freeze(classification: Classification): Classification {
  Object.freeze(classification.why);
  Object.freeze(classification.duties);
  if (classification.dutyParts) Object.freeze(classification.dutyParts);
  for (const reason of classification.reasons) {
    Object.freeze(reason.words);
    if ("concepts" in reason) Object.freeze(reason.concepts);
    Object.freeze(reason);
  }
  Object.freeze(classification.reasons);
  if (classification.runnerUp) Object.freeze(classification.runnerUp);
  return Object.freeze(classification);
}

/**
 * The words of each part of a compound text; a part inside the heading of the document the text comes
 * from ("Manuale di direzione" of "Manuale di direzione – Capitolo 3 …") reads as nothing, as it does
 * in the whole text.
 */
function partsRead(text: string, parts: readonly TextPart[], read: (part: string) => string[]): string[][] {
  const heading = headingLength(text);
  if (heading === 0) return parts.map((part) => read(part.text));
  const wordsTo = (end: number) => words(foldText(text.slice(0, end))).length;
  // Where the first word after the heading starts: a part that begins inside the heading and runs on
  // past it ("on the IT reorg): 'We'll lose our servers'") reads from there.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (wordsTo(middle + 1) > heading) high = middle;
    else low = middle + 1;
  }
  return parts.map((part) => (wordsTo(part.end) <= heading ? [] : read(part.start < low ? text.slice(low, part.end) : part.text)));
}

const partWordsCache = new Map<string, string[]>();

function normalizedPart(text: string): string[] {
  let words = partWordsCache.get(text);
  if (words === undefined) {
    words = normalizeWords(text);
    remember(partWordsCache, text, words);
  }
  return words;
}

/**
 * Reads a free-text responsibility (Italian, English, or a mix) and says which duty of the
 * document it is, if any. Deterministic, and cached: results are frozen and shared.
 */
export function classifyResponsibility(text: string): Classification {
  const known = byText.get(text);
  if (known !== undefined) return known;
  const normalized = normalizeWords(text);
  const parts = splitIntoParts(text);
  const partWords = parts.length > 1 ? partsRead(text, parts, normalizedPart) : [];
  const doers = parts.length > 1 ? doersOf(text, parts) : [];
  // Where the text splits matters too: "infrastruttura, fornitori" is two parts, "infrastruttura fornitori" one;
  // and who does the work, told by words normalisation drops ("valutato da", "è il capo").
  const key =
    partWords.length > 1
      ? `${normalized.join(" ")}|${partWords.map((words, index) => `${words.join(" ")}/${doers[index]?.holder === true ? "holder:" : ""}${doers[index]?.agent === true ? "agent:" : ""}${doers[index]?.heading === true ? "heading:" : ""}${[...(doers[index]?.words ?? [])].join(" ")}`).join("|")}`
      : normalized.join(" ");
  let result = byWords.get(key);
  if (result === undefined) {
    result = freeze(classifyParts(normalized, partWords, doers));
    remember(byWords, key, result);
  }
  remember(byText, text, result);
  return result;
}

/**
 * The lexicon's answer alone, without the learned model and uncached: what
 * `scripts/score-phrases.ts --lexicon-only` measures, so a round's report tells the two apart.
 */
export function classifyWithLexiconOnly(text: string): Classification {
  const parts = splitIntoParts(text);
  const compound = parts.length > 1;
  return classifyParts(normalizeWords(text), compound ? partsRead(text, parts, normalizeWords) : [], compound ? doersOf(text, parts) : [], false);
}

/** True when the user should decide: no duty fits, or two fit almost equally. */
export function needsDecision(classification: Classification): boolean {
  return classification.duty === null || classification.ambiguous;
}

/** Forget every cached classification (benchmarks measuring cold runs; tests). */
export function clearClassificationCache(): void {
  byText.clear();
  byWords.clear();
  partWordsCache.clear();
  shapes.clear();
  partDuties.clear();
  clearWordCache();
  clearModelCache();
}
