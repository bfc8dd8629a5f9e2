import { describe, expect, it } from "vitest";
import { computeRoleBranches } from "./compute-branches";
import { buildChart } from "./fixtures/charts";

describe("computeRoleBranches", () => {
  const chart = buildChart(
    [
      { id: "ceo" },
      { id: "cio", role: "CIO" },
      { id: "cto", role: "CTO" },
      { id: "ops" },
      { id: "desk" },
      { id: "eng" },
      { id: "loose" },
    ],
    ["ceo>cio", "ceo>cto", "cio>ops", "ops>desk", "cto>eng", "cio~eng", "cto~loose"],
  );

  it("follows reports-to lines down, at any depth, and ignores dotted lines", () => {
    const roles = computeRoleBranches(chart);
    expect([...roles.cioBranch].sort()).toEqual(["cio", "desk", "ops"]);
    expect([...roles.ctoBranch].sort()).toEqual(["cto", "eng"]);
    expect(roles.distinct).toBe(true);
  });

  it("unites the branches of several CIOs", () => {
    const two = buildChart([{ id: "a", role: "CIO" }, { id: "b", role: "CIO" }, { id: "x" }, { id: "y" }], ["a>x", "b>y"]);
    expect([...computeRoleBranches(two).cioBranch].sort()).toEqual(["a", "b", "x", "y"]);
  });

  it("treats one combined node as not distinct, and a combined node plus a CTO as distinct", () => {
    const combined = buildChart([{ id: "x", role: "CIO+CTO" }]);
    expect(computeRoleBranches(combined)).toMatchObject({ cio: ["x"], cto: ["x"], combined: ["x"], distinct: false });
    const plus = buildChart([{ id: "x", role: "CIO+CTO" }, { id: "y", role: "CTO" }]);
    expect(computeRoleBranches(plus).distinct).toBe(true);
  });

  it("survives an in-progress chart with a cycle and a line to nowhere", () => {
    const broken = buildChart([{ id: "cio", role: "CIO" }, { id: "a" }], ["cio>a", "a>cio", "a>ghost"]);
    expect([...computeRoleBranches(broken).cioBranch].sort()).toEqual(["a", "cio"]);
  });

  it("counts a title that only describes the role when no node names it", () => {
    // No named CIO: the Head of IT is the CIO.
    const alone = buildChart([{ id: "ceo", title: "CEO" }, { id: "hit", title: "Head of IT" }, { id: "cto", title: "CTO" }], ["ceo>hit", "ceo>cto"]);
    expect(computeRoleBranches(alone)).toMatchObject({ cio: ["hit"], cto: ["cto"], distinct: true });
    // A named CIO: the IT Manager under the CTO is an IT manager in the CTO's branch, not a second CIO.
    const named = buildChart(
      [{ id: "cio", title: "Chief Information Officer" }, { id: "cto", title: "CTO" }, { id: "itm", title: "IT Manager" }],
      ["cto>itm"],
    );
    const roles = computeRoleBranches(named);
    expect(roles.cio).toEqual(["cio"]);
    expect(roles.cioBranch.has("itm")).toBe(false);
    // Beside a combined CIO+CTO, a Head of IT does not make the roles distinct.
    const combined = buildChart([{ id: "x", title: "CTO & CIO" }, { id: "hit", title: "Head of IT" }], ["x>hit"]);
    expect(computeRoleBranches(combined)).toMatchObject({ cio: ["x"], combined: ["x"], distinct: false });
    // The explicit role names the role, whatever the title.
    const explicit = buildChart([{ id: "a", title: "Head of IT", role: "CIO" }, { id: "b", title: "IT Director" }]);
    expect(computeRoleBranches(explicit).cio).toEqual(["a"]);
    // Likewise for the CTO: a "Direttore tecnico" next to a named CTO is not a second one.
    const cto = buildChart([{ id: "t", title: "Chief Technology Officer" }, { id: "d", title: "Direttore tecnico" }]);
    expect(computeRoleBranches(cto).cto).toEqual(["t"]);
  });
});
