import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChart } from "../rules/fixtures/charts";
import { CARD_SIZE } from "./chart-scene";
import { chartToSvg, labelBars } from "./chart-to-svg";
import { NODE_SIZE } from "../../components/canvas/node-size";
import { nastyChartArbitrary } from "./testing/nasty-chart";

/** Every element name in the document, in order: injected markup would add names. */
const elements = (svg: string) => [...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((match) => match[1]);

describe("chartToSvg", () => {
  it("cannot be injected: titles, names and roles stay text", () => {
    const chart = buildChart([
      { id: "a", title: '</text><script>alert(1)</script><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', person: '"><image href="http://evil/x.png"/>' },
      { id: "b", title: "<![CDATA[ ]]> &amp; &lt;", role: "' onload='alert(1)" },
    ], ["a>b"], "<svg onload=alert(1)>");
    const { svg } = chartToSvg(chart);
    expect(svg).not.toMatch(/<script|<foreignObject|<image|<div|<!\[CDATA/);
    const attributes = new Set([...svg.matchAll(/<[^>]*>/g)].flatMap((tag) => [...(tag[0] as string).matchAll(/\s([a-zA-Z:-]+)=/g)].map((match) => match[1])));
    for (const name of attributes) expect(name).not.toMatch(/^on|href/);
    expect(new Set(elements(svg))).toEqual(new Set(["svg", "title", "rect", "g", "path", "text"]));
    expect(svg).toContain("&lt;/text&gt;&lt;script&gt;");
  });

  it("is well-formed for any text, control characters included", () => {
    fc.assert(
      fc.property(nastyChartArbitrary(6), fc.string({ maxLength: 6 }), (chart, extra) => {
        const first = chart.nodes[0];
        if (first) first.title = `${first.title}${extra}\u0001\u001f`;
        const { svg } = chartToSvg(chart);
        const names = new Set(elements(svg));
        for (const name of names) expect(["svg", "title", "rect", "g", "path", "text", "circle"]).toContain(name);
        // eslint-disable-next-line no-control-regex -- checking that none is left
        expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 100 },
    );
  });

  it("covers every card, folded subtrees included", () => {
    const chart = buildChart([{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d", kind: "department" }], ["a>b", "b>c", "a>d"]);
    const root = chart.nodes[0];
    if (root) root.collapsed = true;
    const drawing = chartToSvg(chart);
    expect((drawing.svg.match(/<g transform/g) ?? []).length).toBe(4);
    expect(drawing.width).toBeGreaterThanOrEqual(2 * CARD_SIZE.role.width);
  });

  it("marks flagged cards", () => {
    const chart = buildChart([{ id: "a" }, { id: "b" }], ["a>b"]);
    const { svg } = chartToSvg(chart, { flagged: new Map([["b", "warning"]]) });
    expect((svg.match(/stroke="#dc2626"/g) ?? []).length).toBe(1);
  });

  it("draws cards the size the editor does", () => {
    expect(CARD_SIZE).toEqual(NODE_SIZE);
  });

  it("draws labels as bars when asked to, e.g. for an overview chosen by the drawing's size", () => {
    const chart = buildChart([{ id: "a", title: "Direttrice generale", person: "Giulia Conti" }, { id: "b" }], ["a>b"]);
    let asked: { width: number; height: number } | null = null;
    const { svg, width, height } = chartToSvg(chart, {
      labels: (size) => {
        asked = size;
        return labelBars;
      },
    });
    expect(asked).toEqual({ width, height });
    expect(svg).not.toContain("<text");
    expect(svg).not.toContain("Giulia");
    // Card a: its title and its person as bars; card b: its title.
    expect((svg.match(/opacity="0.45"/g) ?? []).length).toBe(3);
  });
});
