import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOps } from "../../org/apply-ops";
import { findStructureErrors } from "../../org/find-structure-errors";
import { analyzeChart } from "../analyze-chart";
import { findingKey } from "../finding-key";
import { chartArbitrary } from "../fixtures/charts";
import { fixContext } from "./fix";
import { fixChoices, fixForChoice, offerFixesIn } from "./offer-fixes";

// Ids applyOps accepts in a new line: the editor and the importer never make blank ones.
const ids = fc.string({ minLength: 1, maxLength: 10 }).filter((id) => id.trim() !== "");

describe("offered fixes, on any chart", () => {
  it("never create a cycle or a second manager, and make their finding go away", () => {
    fc.assert(
      fc.property(chartArbitrary({ idArbitrary: ids }), fc.nat(), (chart, pick) => {
        const context = fixContext(chart);
        for (const finding of analyzeChart(chart)) {
          const fixes = offerFixesIn(context, finding);
          const choices = fixChoices(context, finding);
          // One of the user's picks too, chosen by fast-check, so every kind of fix is exercised.
          const choice = choices === null || choices.ids.length === 0 ? null : fixForChoice(context, finding, choices.ids[pick % choices.ids.length] as string);
          for (const fix of choice === null ? fixes : [...fixes, choice]) {
            const result = applyOps(chart, fix.ops);
            expect(result.ok, `${finding.rule} ${fix.id}`).toBe(true);
            if (!result.ok) continue;
            expect(findStructureErrors(result.chart)).toEqual([]);
            const keys = analyzeChart(result.chart).map(findingKey);
            expect(keys, `${finding.rule} ${fix.id}`).not.toContain(findingKey(finding));
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
