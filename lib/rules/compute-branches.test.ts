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
});
