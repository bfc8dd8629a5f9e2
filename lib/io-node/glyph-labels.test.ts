import { describe, expect, it } from "vitest";
import { chartToSvg } from "../io/chart-to-svg";
import { buildChart } from "../rules/fixtures/charts";
import { glyphLabels } from "./glyph-labels";

describe("glyphLabels", () => {
  it("outlines each letter once, before the cards that use it, accents included", () => {
    const chart = buildChart([{ id: "a", title: "Qualità àà", person: "Àèìòù €" }, { id: "b", title: "Qualità" }], ["a>b"]);
    const { svg } = chartToSvg(chart, { labels: glyphLabels() });
    expect(svg).not.toContain("<text");
    const defined = [...svg.matchAll(/<path id="([rb]\d+)" d="([^"]*)"/g)];
    const ids = defined.map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Bold titles and regular names: "Qualità àà" has 7 distinct letters, "Àèìòù €" 6.
    expect(ids.filter((id) => id?.startsWith("b"))).toHaveLength(7);
    expect(ids.filter((id) => id?.startsWith("r"))).toHaveLength(6);
    for (const [, , d] of defined) expect(d).toMatch(/^M/);
    const used = [...svg.matchAll(/<use href="#([rb]\d+)"/g)].map((match) => match[1]);
    expect(new Set(used)).toEqual(new Set(ids));
    expect(svg.indexOf("<defs>")).toBeLessThan(svg.indexOf("<use"));
  });
});
