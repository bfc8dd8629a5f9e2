/**
 * Words of the classifier's answers in the editor: compound responsibilities and their split, what
 * the learned model contributed to an answer, and the sentences that explain an answer
 * (`explainClassification`).
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
    "classifier.explain.and": " and ",
    "classifier.explain.duty": "“{label}”",
    "classifier.explain.matched": "Suggested because it talks about {evidence}.",
    "classifier.explain.matchedPlain": "Suggested: {duty}.",
    "classifier.explain.also": "It also counts for {duty}.",
    "classifier.explain.alsoBecause": "It also counts for {duty}: {evidence}.",
    "classifier.explain.ambiguous": "It could just as well be {duty}: choose the duty yourself.",
    "classifier.explain.outOfScope": "No duty of the document: this is about {about}.",
    "classifier.explain.outOfScopeOutweighs": "No duty of the document: this is about {about} more than {duty}.",
    "classifier.explain.closestTooWeak": "The closest duty, {duty}, has too little to go on.",
    "classifier.explain.weak": "No duty of the document: it talks about {evidence}, too little to tell which; the closest is {duty}.",
    "classifier.explain.nothingMatches": "No duty of the document: it talks about {evidence}, but no duty matches that.",
    "classifier.explain.nothing": "No duty of the document: none of its words point to one of the duties.",
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
    "classifier.explain.and": " e ",
    "classifier.explain.duty": "«{label}»",
    "classifier.explain.matched": "Suggerito perché parla di {evidence}.",
    "classifier.explain.matchedPlain": "Suggerito: {duty}.",
    "classifier.explain.also": "Conta anche per {duty}.",
    "classifier.explain.alsoBecause": "Conta anche per {duty}: {evidence}.",
    "classifier.explain.ambiguous": "Potrebbe però essere anche {duty}: scegli tu il compito.",
    "classifier.explain.outOfScope": "Nessun compito del documento: riguarda {about}.",
    "classifier.explain.outOfScopeOutweighs": "Nessun compito del documento: riguarda {about} più che {duty}.",
    "classifier.explain.closestTooWeak": "Il compito più vicino, {duty}, ha indizi troppo deboli.",
    "classifier.explain.weak": "Nessun compito del documento: parla di {evidence}, troppo poco per riconoscerne uno; il più vicino è {duty}.",
    "classifier.explain.nothingMatches": "Nessun compito del documento: parla di {evidence}, ma nessun compito corrisponde.",
    "classifier.explain.nothing": "Nessun compito del documento: nessuna parola del testo rimanda a uno dei compiti.",
  },
} satisfies Record<"en" | "it", Record<string, string>>;

export type ClassifierMessageKey = keyof typeof classifier.en;
type SameKeys = typeof classifier.it extends Record<ClassifierMessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;
