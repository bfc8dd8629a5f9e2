/**
 * Words of the classifier's answers in the editor: compound responsibilities and their split, and
 * what the learned model contributed to an answer.
 */
export const classifier = {
  en: {
    "classifier.compound.counts": "Counts for {count} duties: {duties}",
    "classifier.compound.split": "Split into one per duty",
    "classifier.compound.splitHint":
      "Replace this text with one responsibility per duty, each with its duty set as your choice (undo with Ctrl+Z). A chosen duty counts for exactly that duty, so splitting is how you decide which duties a compound text counts for.",
    "classifier.learned.suggested": "Suggested by the model learned from labelled examples{words} (probability {percent}): {duty}.",
    "classifier.learned.words": ", mostly from {words}",
    "classifier.learned.instead": "The keywords pointed to {duty}, on thin evidence.",
    "classifier.learned.noDuty": "No duty of the document: so says the model learned from labelled examples{instead}{words} (probability {percent}).",
    "classifier.learned.moreThan": ", more than {duty}",
  },
  it: {
    "classifier.compound.counts": "Conta per {count} compiti: {duties}",
    "classifier.compound.split": "Dividi, una per compito",
    "classifier.compound.splitHint":
      "Sostituisce questo testo con una responsabilità per compito, ciascuna con il suo compito come tua scelta (annulla con Ctrl+Z). Un compito scelto conta solo per quel compito: dividere è il modo di decidere per quali compiti conta un testo composto.",
    "classifier.learned.suggested": "Suggerito dal modello appreso dagli esempi etichettati{words} (probabilità {percent}): {duty}.",
    "classifier.learned.words": ", soprattutto per {words}",
    "classifier.learned.instead": "Le parole chiave indicavano {duty}, con indizi deboli.",
    "classifier.learned.noDuty": "Nessun compito del documento: lo dice il modello appreso dagli esempi etichettati{instead}{words} (probabilità {percent}).",
    "classifier.learned.moreThan": ", più che {duty}",
  },
} satisfies Record<"en" | "it", Record<string, string>>;

export type ClassifierMessageKey = keyof typeof classifier.en;
type SameKeys = typeof classifier.it extends Record<ClassifierMessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;
