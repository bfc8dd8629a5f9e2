import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOps } from "../org/apply-ops";
import { invertOps } from "../org/invert-ops";
import { chartArbitrary } from "../rules/fixtures/charts";
import { replaceChartOps } from "./replace-chart-ops";

/** Ids the editor accepts (applyOps refuses blank ones). */
const ids = fc.string({ minLength: 1, maxLength: 10 }).filter((id) => id.trim() !== "");

describe("replaceChartOps", () => {
  it("turns any chart into any other, and its inverse brings the first back", () => {
    fc.assert(
      fc.property(chartArbitrary({ idArbitrary: ids }), chartArbitrary({ idArbitrary: ids }), (before, imported) => {
        const ops = replaceChartOps(before, imported);
        const applied = applyOps(before, ops);
        if (!applied.ok) throw new Error(applied.error.message);
        expect(applied.chart.nodes).toEqual(imported.nodes);
        expect(applied.chart.edges).toEqual(imported.edges);
        expect(applied.chart.name).toBe(before.name);
        const undone = applyOps(applied.chart, invertOps(before, ops));
        if (!undone.ok) throw new Error(undone.error.message);
        expect(undone.chart).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });
});
