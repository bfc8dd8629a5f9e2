import { describe, expect, it } from "vitest";
import { compareFindings } from "./compare-findings";
import type { Finding } from "./finding";

const finding = (rule: Finding["rule"], nodes: string[], duty: Finding["duty"] = null): Finding => ({
  rule, severity: "warning", duty, nodes, message: rule, source: { it: "", en: "" },
});

describe("compareFindings", () => {
  it("a finding on the same holders is the same finding; a new holder makes it a new one", () => {
    const overlap = finding("overlap", ["cio", "cto"], "cio.it-operations");
    const gap = finding("gap", [], "cto.engineering-department");
    const { appeared, disappeared } = compareFindings(
      [overlap, gap],
      [{ ...overlap, nodes: ["cto", "cio"], message: "worded otherwise" }, finding("overlap", ["cio", "pmo"], "cio.it-operations")],
    );
    expect(appeared.map((f) => f.nodes)).toEqual([["cio", "pmo"]]);
    expect(disappeared).toEqual([gap]);
  });
});
