import { DUTIES, type DutyId, type Lang } from "./catalog";
import type { Classification, ClassificationReason } from "./classify-responsibility";
import type { Concept } from "./classifier/concepts";
import { CONCEPT_LABELS, OUT_OF_SCOPE_LABELS } from "./classifier/labels";
import { spellAsTyped } from "./classifier/spelling";
import { translator } from "../i18n/translate";

/** Past these, a list stops being read: the first few say enough. */
const MAX_CONCEPTS = 4;
const MAX_WORDS = 5;

/** A model's probability as users read it: never "100%", which no model is. */
const percentOf = (probability: number) => `${Math.min(99, Math.round(probability * 100))}%`;

type Reason<K extends ClassificationReason["kind"]> = Extract<ClassificationReason, { kind: K }>;

/**
 * Turns a classification's reasons into one or two plain sentences for the user, in their
 * language: the ideas the text was read as (concept labels), the user's own words in quotes, and
 * duties by their catalog labels. Pure and cheap, but not free: call it when showing a
 * classification, not while analysing a chart.
 *
 * `text`, the responsibility as typed, lets quotes keep the user's spelling ("qualità", "buste
 * paga"); without it the classifier's normalised words are quoted ("qualita", "payroll").
 */
export function explainClassification(classification: Classification, lang: Lang, text?: string): string {
  const t = translator(lang);
  const list = (items: readonly string[]) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")}${t("classifier.explain.and")}${items[items.length - 1] as string}`;
  const dutyLabel = (duty: DutyId) => t("classifier.explain.duty", { label: DUTIES[duty].label[lang] });
  const quote = (words: readonly string[]) => {
    const spelled = text === undefined ? [...new Set(words)] : spellAsTyped(text, words);
    const shown = spelled.slice(0, MAX_WORDS).map((word) => `"${word}"`);
    return `${shown.join(", ")}${spelled.length > MAX_WORDS ? ", …" : ""}`;
  };
  const ideas = (concepts: readonly Concept[]) => {
    const labels = [...new Set(concepts.map((concept) => CONCEPT_LABELS[concept][lang]))];
    return labels.length > MAX_CONCEPTS ? `${labels.slice(0, MAX_CONCEPTS).join(", ")}…` : list(labels);
  };
  const evidence = ({ concepts, words }: { concepts: readonly Concept[]; words: readonly string[] }) =>
    `${ideas(concepts)} (${quote(words)})`;
  const find = <K extends ClassificationReason["kind"]>(kind: K): Reason<K> | undefined =>
    classification.reasons.find((reason): reason is Reason<K> => reason.kind === kind);

  const matched = find("matched");
  const learned = find("learned");
  // The learned model's share of the answer: what it weighed most, and how sure it is.
  const modelWords = (reason: Reason<"learned">) =>
    reason.words.length > 0 ? t("classifier.learned.words", { words: quote(reason.words) }) : "";
  if (classification.duty !== null) {
    const sentences: string[] = [];
    if (learned !== undefined && learned.duty === classification.duty) {
      const { duty } = classification;
      sentences.push(t("classifier.learned.suggested", { words: modelWords(learned), percent: percentOf(learned.confidence), duty: dutyLabel(duty) }));
      if (learned.instead !== undefined) sentences.push(t("classifier.learned.instead", { duty: dutyLabel(learned.instead) }));
    } else if (matched !== undefined && matched.concepts.length > 0) {
      sentences.push(t("classifier.explain.matched", { evidence: evidence(matched) }));
    } else {
      sentences.push(t("classifier.explain.matchedPlain", { duty: dutyLabel(classification.duty) }));
    }
    // A compound text: each further duty, with what in its part counted for it (the concepts the
    // lexicon read, or the words the model weighed most).
    for (const other of classification.reasons) {
      if (other.kind !== "matched" || other === matched) continue;
      const duty = dutyLabel(other.duty);
      if (other.concepts.length > 0) sentences.push(t("classifier.explain.alsoBecause", { duty, evidence: evidence(other) }));
      else if (other.words.length > 0) sentences.push(t("classifier.explain.alsoBecause", { duty, evidence: quote(other.words) }));
      else sentences.push(t("classifier.explain.also", { duty }));
    }
    const ambiguous = find("ambiguous");
    if (ambiguous !== undefined) sentences.push(t("classifier.explain.ambiguous", { duty: dutyLabel(ambiguous.runnerUp) }));
    return sentences.join(" ");
  }

  if (learned !== undefined && learned.duty === null) {
    const instead = learned.instead === undefined ? "" : t("classifier.learned.moreThan", { duty: dutyLabel(learned.instead) });
    return t("classifier.learned.noDuty", { instead, words: modelWords(learned), percent: percentOf(learned.confidence) });
  }
  const outOfScope = find("out-of-scope");
  const weak = find("weak");
  if (outOfScope !== undefined) {
    const about = `${OUT_OF_SCOPE_LABELS[outOfScope.domain][lang]} (${quote(outOfScope.words)})`;
    const sentence =
      outOfScope.outweighs === undefined
        ? t("classifier.explain.outOfScope", { about })
        : t("classifier.explain.outOfScopeOutweighs", { about, duty: dutyLabel(outOfScope.outweighs) });
    return weak === undefined ? sentence : `${sentence} ${t("classifier.explain.closestTooWeak", { duty: dutyLabel(weak.closest) })}`;
  }
  if (weak !== undefined) return t("classifier.explain.weak", { evidence: evidence(weak), duty: dutyLabel(weak.closest) });
  const nothing = find("nothing");
  if (nothing !== undefined && nothing.concepts.length > 0) return t("classifier.explain.nothingMatches", { evidence: evidence(nothing) });
  return t("classifier.explain.nothing");
}
