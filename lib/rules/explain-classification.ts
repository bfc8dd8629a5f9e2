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

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  const and = lang === "it" ? " e " : " and ";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1] as string}`;
}

const dutyLabel = (duty: DutyId, lang: Lang) =>
  lang === "it" ? `«${DUTIES[duty].label.it}»` : `“${DUTIES[duty].label.en}”`;

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
  const it = lang === "it";
  const quote = (words: readonly string[]) => {
    const spelled = text === undefined ? [...new Set(words)] : spellAsTyped(text, words);
    const shown = spelled.slice(0, MAX_WORDS).map((word) => `"${word}"`);
    return `${shown.join(", ")}${spelled.length > MAX_WORDS ? ", …" : ""}`;
  };
  const ideas = (concepts: readonly Concept[]) => {
    const labels = [...new Set(concepts.map((concept) => CONCEPT_LABELS[concept][lang]))];
    return labels.length > MAX_CONCEPTS ? `${labels.slice(0, MAX_CONCEPTS).join(", ")}…` : list(labels, lang);
  };
  const evidence = ({ concepts, words }: { concepts: readonly Concept[]; words: readonly string[] }) =>
    `${ideas(concepts)} (${quote(words)})`;
  const find = <K extends ClassificationReason["kind"]>(kind: K): Reason<K> | undefined =>
    classification.reasons.find((reason): reason is Reason<K> => reason.kind === kind);

  const matched = find("matched");
  const learned = find("learned");
  // The learned model's share of the answer: what it weighed most, and how sure it is.
  const t = translator(lang);
  const modelWords = (reason: Reason<"learned">) =>
    reason.words.length > 0 ? t("classifier.learned.words", { words: quote(reason.words) }) : "";
  if (classification.duty !== null) {
    const sentences: string[] = [];
    if (learned !== undefined && learned.duty === classification.duty) {
      const { duty } = classification;
      sentences.push(t("classifier.learned.suggested", { words: modelWords(learned), percent: percentOf(learned.confidence), duty: dutyLabel(duty, lang) }));
      if (learned.instead !== undefined) sentences.push(t("classifier.learned.instead", { duty: dutyLabel(learned.instead, lang) }));
    } else if (matched !== undefined && matched.concepts.length > 0) {
      sentences.push(it ? `Suggerito perché parla di ${evidence(matched)}.` : `Suggested because it talks about ${evidence(matched)}.`);
    } else {
      sentences.push(it ? `Suggerito: ${dutyLabel(classification.duty, lang)}.` : `Suggested: ${dutyLabel(classification.duty, lang)}.`);
    }
    // A compound text: each further duty, with what in its part counted for it.
    for (const other of classification.reasons) {
      if (other.kind !== "matched" || other === matched) continue;
      const also = dutyLabel(other.duty, lang);
      const about = other.concepts.length > 0 ? `: ${evidence(other)}` : "";
      sentences.push(it ? `Conta anche per ${also}${about}.` : `It also counts for ${also}${about}.`);
    }
    const ambiguous = find("ambiguous");
    if (ambiguous !== undefined) {
      const other = dutyLabel(ambiguous.runnerUp, lang);
      sentences.push(it ? `Potrebbe però essere anche ${other}: scegli tu il compito.` : `It could just as well be ${other}: choose the duty yourself.`);
    }
    return sentences.join(" ");
  }

  const noDuty = it ? "Nessun compito del documento" : "No duty of the document";
  if (learned !== undefined && learned.duty === null) {
    const instead = learned.instead === undefined ? "" : t("classifier.learned.moreThan", { duty: dutyLabel(learned.instead, lang) });
    return t("classifier.learned.noDuty", { instead, words: modelWords(learned), percent: percentOf(learned.confidence) });
  }
  const outOfScope = find("out-of-scope");
  const weak = find("weak");
  if (outOfScope !== undefined) {
    const about = `${OUT_OF_SCOPE_LABELS[outOfScope.domain][lang]} (${quote(outOfScope.words)})`;
    let sentence = it ? `${noDuty}: riguarda ${about}` : `${noDuty}: this is about ${about}`;
    if (outOfScope.outweighs !== undefined) {
      sentence += it ? ` più che ${dutyLabel(outOfScope.outweighs, lang)}` : ` more than ${dutyLabel(outOfScope.outweighs, lang)}`;
    }
    sentence += ".";
    if (weak !== undefined) {
      const closest = dutyLabel(weak.closest, lang);
      sentence += it ? ` Il compito più vicino, ${closest}, ha indizi troppo deboli.` : ` The closest duty, ${closest}, has too little to go on.`;
    }
    return sentence;
  }
  if (weak !== undefined) {
    const closest = dutyLabel(weak.closest, lang);
    return it
      ? `${noDuty}: parla di ${evidence(weak)}, troppo poco per riconoscerne uno; il più vicino è ${closest}.`
      : `${noDuty}: it talks about ${evidence(weak)}, too little to tell which; the closest is ${closest}.`;
  }
  const nothing = find("nothing");
  if (nothing !== undefined && nothing.concepts.length > 0) {
    return it
      ? `${noDuty}: parla di ${evidence(nothing)}, ma nessun compito corrisponde.`
      : `${noDuty}: it talks about ${evidence(nothing)}, but no duty matches that.`;
  }
  return it ? `${noDuty}: nessuna parola del testo rimanda a uno dei compiti.` : `${noDuty}: none of its words point to one of the duties.`;
}
