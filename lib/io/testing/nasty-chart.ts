import fc from "fast-check";
import type { Chart, OrgEdge, OrgNode } from "../../org/types";

/** Pieces that break naive CSV and spreadsheet handling: quotes, separators, line breaks, formula starts, accents, emoji. */
const PIECES = ['"', ",", ";", "\t", "\n", "\r", "\r\n", "=", "+", "-", "@", "'", "\\", "à", "È", "€", "“", "”", "😀", "👩🏽‍💻", " ", "a", "Z", "7", "=SUM(A1)", "IT"];

export const nastyText = (maxPieces = 8) => fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: maxPieces }).map((pieces) => pieces.join(""));
export const nastyNonBlank = (maxPieces = 8) => nastyText(maxPieces).filter((text) => text.trim() !== "");

/** Valid charts (one manager each, no cycles, a few dotted lines) whose every text is hostile. */
export function nastyChartArbitrary(maxNodes = 12): fc.Arbitrary<Chart> {
  return fc.integer({ min: 1, max: maxNodes }).chain((size) =>
    fc
      .record({
        name: nastyNonBlank(),
        ids: fc.uniqueArray(nastyText(4), { minLength: size, maxLength: size }),
        bodies: fc.array(
          fc.record({
            title: nastyNonBlank(),
            person: fc.option(nastyNonBlank(), { nil: null }),
            role: fc.option(nastyNonBlank(3), { nil: null }),
            kind: fc.constantFrom<OrgNode["kind"]>("role", "role", "department"),
            collapsed: fc.boolean(),
            position: fc.option(fc.record({ x: fc.integer({ min: -9000, max: 9000 }), y: fc.integer({ min: -9000, max: 9000 }) }), { nil: null }),
            responsibilities: fc.array(nastyText(), { maxLength: 3 }),
          }),
          { minLength: size, maxLength: size },
        ),
        managers: fc.array(fc.option(fc.nat(), { freq: 4, nil: null }), { minLength: size, maxLength: size }),
        dotted: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      })
      .map(({ name, ids, bodies, managers, dotted }) => {
        const nodes: OrgNode[] = ids.map((id, index) => {
          const body = bodies[index] as (typeof bodies)[number];
          return { id, ...body, responsibilities: body.responsibilities.map((text, position) => ({ id: `${id}#${position}`, text })) };
        });
        const edges: OrgEdge[] = [];
        const managerOf = new Map<string, string>();
        managers.forEach((manager, index) => {
          if (index === 0 || manager === null) return;
          const source = ids[manager % index] as string;
          const target = ids[index] as string;
          managerOf.set(target, source);
          edges.push({ id: `${source}->${target}`, source, target, kind: "reports-to" });
        });
        const seen = new Set<string>();
        for (const [a, b] of dotted) {
          const source = ids[a % size] as string;
          const target = ids[b % size] as string;
          const key = `${source}\u0000${target}`;
          if (source === target || seen.has(key) || managerOf.get(target) === source) continue;
          seen.add(key);
          edges.push({ id: `${source}->${target}~dotted`, source, target, kind: "dotted" });
        }
        return { name, nodes, edges };
      }),
  );
}
