import type { OrgNode } from "../org/types";
import { foldText } from "./text/fold";

/** What kind of department a node is, as far as the document cares: IT, engineering, or neither. */
export interface DepartmentKind {
  it: boolean;
  engineering: boolean;
}

// Matched against the folded title padded with spaces, so each alternative is a whole-word match.
const IT_DEPARTMENT =
  / (it|ict|ced|informatic[aoie]|servizi informatici|servizi informativi|sistemi informativi|sistemi informatici|information technology|information systems|tecnologie dell informazione) /;
const ENGINEERING_DEPARTMENT =
  / (engineering|ingegneria|r ?& ?d|r ?& ?s|rnd|research (and|&) development|ricerca (e|&) sviluppo|sviluppo (del )?prodott[oi]|product development|sviluppo software|software development|ufficio tecnico|progettazione) /;

const NEITHER: DepartmentKind = { it: false, engineering: false };

const MAX_CACHED = 20_000;
const cache = new Map<string, DepartmentKind>();

/** Only nodes of kind "department" are departments; a role titled "IT Director" is not one. */
export function recognizeDepartment(node: Pick<OrgNode, "kind" | "title">): DepartmentKind {
  if (node.kind !== "department") return NEITHER;
  let known = cache.get(node.title);
  if (known === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    const padded = ` ${foldText(node.title)} `;
    known = Object.freeze({ it: IT_DEPARTMENT.test(padded), engineering: ENGINEERING_DEPARTMENT.test(padded) });
    cache.set(node.title, known);
  }
  return known;
}
