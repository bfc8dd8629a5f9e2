import { describe, expect, it } from "vitest";
import { can, ORG_ROLES, type Action } from "./permissions";

describe("permissions", () => {
  const writes: Action[] = ["chart.create", "chart.edit", "chart.rename", "chart.duplicate", "chart.delete"];
  const ownerOnly: Action[] = ["org.rename", "org.delete", "org.invite", "org.manageMembers"];

  it("everyone in the organisation can read", () => {
    for (const role of ORG_ROLES) expect(can(role, "chart.read") && can(role, "org.read")).toBe(true);
  });
  it("viewers cannot write anything", () => {
    for (const action of [...writes, ...ownerOnly]) expect(can("viewer", action)).toBe(false);
  });
  it("editors write charts but do not manage the organisation", () => {
    for (const action of writes) expect(can("editor", action)).toBe(true);
    for (const action of ownerOnly) expect(can("editor", action)).toBe(false);
  });
  it("viewers may comment but not moderate others' comments; only owners moderate", () => {
    for (const role of ORG_ROLES) expect(can(role, "chart.comment")).toBe(true);
    expect(ORG_ROLES.filter((role) => can(role, "chart.moderateComments"))).toEqual(["owner"]);
  });
  it("owners can do everything", () => {
    for (const action of [...writes, ...ownerOnly]) expect(can("owner", action)).toBe(true);
  });
});
