/**
 * Words of issue 11 "from warnings to decisions": fix labels (shared by the editor and the CLI),
 * the findings panel's preview and acknowledgements, and the definitions page. Same keys in both languages.
 */
export const decisions = {
  en: {
    "decisions.fix.removeOtherSide": "Keep {duty} in the {owner}'s branch: remove it from {nodes}",
    "decisions.fix.relabelOtherSide": "Keep {duty} in the {owner}'s branch: re-label it as {counterpart} at {nodes}",
    "decisions.fix.moveToOwner": "Move {duty} from {nodes} to {target}",
    "decisions.fix.moveTo": "Move {duty} from {nodes} to {target}",
    "decisions.fix.moveNodeUnderOwner": "Move {nodes} under {target}",
    "decisions.fix.giveToOwner": "Give {duty} to {target} as a new responsibility",
    "decisions.fix.giveTo": "Give {duty} to {target} as a new responsibility",
    "decisions.fix.moveDepartmentUnder": "Move {nodes} under {target}",
    "decisions.fix.addRole": "Add a {role} card under {target}",
    "decisions.fix.addRoleAlone": "Add a {role} card",
    "decisions.fix.setRole": "Make {target} the {role}",
    "decisions.fix.chooseDuty": "It means {duty}",
    "decisions.fix.noDuty": "It is none of the document's duties",
    "decisions.fix.splitRole": "Split the CTO's duties of {nodes} into a new CTO card",
    "decisions.fix.splitRoleTo": "Keep {nodes} as CIO and move the CTO's duties to {target}",
  },
  it: {
    "decisions.fix.removeOtherSide": "Tieni {duty} nel ramo del {owner}: toglila da {nodes}",
    "decisions.fix.relabelOtherSide": "Tieni {duty} nel ramo del {owner}: in {nodes} indicala come {counterpart}",
    "decisions.fix.moveToOwner": "Sposta {duty} da {nodes} a {target}",
    "decisions.fix.moveTo": "Sposta {duty} da {nodes} a {target}",
    "decisions.fix.moveNodeUnderOwner": "Sposta {nodes} sotto {target}",
    "decisions.fix.giveToOwner": "Assegna {duty} a {target} come nuova responsabilità",
    "decisions.fix.giveTo": "Assegna {duty} a {target} come nuova responsabilità",
    "decisions.fix.moveDepartmentUnder": "Sposta {nodes} sotto {target}",
    "decisions.fix.addRole": "Aggiungi una scheda {role} sotto {target}",
    "decisions.fix.addRoleAlone": "Aggiungi una scheda {role}",
    "decisions.fix.setRole": "Rendi {target} il {role}",
    "decisions.fix.chooseDuty": "Significa {duty}",
    "decisions.fix.noDuty": "Non è nessuna delle responsabilità del documento",
    "decisions.fix.splitRole": "Separa le responsabilità da CTO di {nodes} in una nuova scheda CTO",
    "decisions.fix.splitRoleTo": "Lascia {nodes} come CIO e sposta le responsabilità da CTO a {target}",
  },
} satisfies Record<"en" | "it", Record<string, string>>;

export type DecisionsMessageKey = keyof typeof decisions.en;
type SameKeys = typeof decisions.it extends Record<DecisionsMessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;
