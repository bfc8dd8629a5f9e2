/** Words of the classifier's answers in the editor: compound responsibilities and their split. */
export const classifier = {
  en: {
    "classifier.compound.counts": "Counts for {count} duties: {duties}",
    "classifier.compound.split": "Split into one per duty",
    "classifier.compound.splitHint":
      "Replace this text with one responsibility per duty, each with its duty set as your choice (undo with Ctrl+Z). A chosen duty counts for exactly that duty, so splitting is how you decide which duties a compound text counts for.",
  },
  it: {
    "classifier.compound.counts": "Conta per {count} compiti: {duties}",
    "classifier.compound.split": "Dividi, una per compito",
    "classifier.compound.splitHint":
      "Sostituisce questo testo con una responsabilità per compito, ciascuna con il suo compito come tua scelta (annulla con Ctrl+Z). Un compito scelto conta solo per quel compito: dividere è il modo di decidere per quali compiti conta un testo composto.",
  },
} satisfies Record<"en" | "it", Record<string, string>>;

export type ClassifierMessageKey = keyof typeof classifier.en;
type SameKeys = typeof classifier.it extends Record<ClassifierMessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;
