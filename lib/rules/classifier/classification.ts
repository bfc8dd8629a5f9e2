/** What the classifier answers, shared by the lexicon (classify-responsibility.ts) and the model's part (consult-model.ts). */
import type { DutyId } from "../catalog";
import type { Concept, OutOfScopeDomain } from "./concepts";

/**
 * One reason for a classification, language-neutral: concept and duty ids plus the words of the
 * text that evoked them, normalised (folded, multi-word expressions joined: "buste paga" is
 * "payroll"). `explainClassification` turns them into a sentence in the user's language.
 */
export type ClassificationReason =
  /**
   * A duty the text carries, and what in the text counted for it: one per entry of `duties`, in
   * that order (the main duty first).
   */
  | { kind: "matched"; duty: DutyId; concepts: readonly Concept[]; words: readonly string[] }
  /** Another duty scored almost as well as the chosen one: the user should decide. */
  | { kind: "ambiguous"; duty: DutyId; runnerUp: DutyId; concepts: readonly Concept[]; words: readonly string[] }
  /** Work the document gives neither role; `outweighs` is the duty it beat, when there was one. */
  | { kind: "out-of-scope"; domain: OutOfScopeDomain; words: readonly string[]; outweighs?: DutyId }
  /** No duty: the best candidate was too weak (what was read, and that candidate). */
  | { kind: "weak"; closest: DutyId; concepts: readonly Concept[]; words: readonly string[] }
  /** No duty: nothing read combines into any duty (the concepts read, possibly none). */
  | { kind: "nothing"; concepts: readonly Concept[]; words: readonly string[] }
  /**
   * The learned model gave the answer (`duty`, null for "no duty"), with its probability and the
   * words whose features weighed most; `instead` is the lexicon's duty it set aside, if any.
   */
  | { kind: "learned"; duty: DutyId | null; confidence: number; words: readonly string[]; instead?: DutyId };

/** The classifier's answer for one responsibility. */
export interface Classification {
  /** The main duty the text matches, or null when it matches none (or is out of scope). */
  duty: DutyId | null;
  /**
   * Every duty the text carries, the main one first, at most MAX_DUTIES (classify-responsibility.ts): "Run IT operations and
   * negotiate with our cloud vendors" carries two. Empty exactly when `duty` is null.
   */
  duties: readonly DutyId[];
  /**
   * For a compound text only, aligned with `duties`: the index of the part (`splitIntoParts`)
   * that carries each duty, or -1 for a main duty only the whole text carries.
   */
  dutyParts?: readonly number[];
  /** 0..1: how sure the classifier is of `duty` (of "no duty" when duty is null). */
  confidence: number;
  /** Which words and senses led to the answer, in the developers' notation (CLI, debugging). */
  why: string[];
  /** The same, structured: what `explainClassification` renders for users. Matched or no-duty reasons first. */
  reasons: readonly ClassificationReason[];
  /** The next best duty, when there was one. */
  runnerUp?: { duty: DutyId; confidence: number };
  /** A duty was chosen but another scored almost the same: the user should decide. */
  ambiguous: boolean;
}

/** The lexicon's answer, and what the learned model needs to know of how sure it was. */
export interface LexiconAnswer {
  classification: Classification;
  /** The best duty's score (0 when no duty scored). */
  bestScore: number;
  /** Out-of-scope evidence was read (whether or not it won). */
  outOfScope: boolean;
  /** Duties the document's boundaries rule out here: a negative sense held and the score is not positive. */
  ruledOut: ReadonlySet<DutyId>;
}
