import { describe, expect, it } from "vitest";
import { commentTargetKey, type CommentThread } from "./comment-schema";
import { countOpenComments } from "./count-open-comments";

const comment = (id: string) => ({ id, body: "text", author: "Sara", authorId: "u1", at: "2026-11-30T10:00:00.000Z", editedAt: null });
const finding = { rule: "overlap" as const, duty: "cio.technology-vendors" as const, nodes: ["cto", "cio"] };

describe("countOpenComments", () => {
  it("counts the comments of open threads per card and per finding; resolved threads count for nothing", () => {
    const threads: CommentThread[] = [
      { id: "t1", target: { kind: "node", nodeId: "ceo" }, resolved: null, comments: [comment("a"), comment("b")] },
      { id: "t2", target: { kind: "node", nodeId: "cio" }, resolved: { by: "Sara", at: "2026-11-30T11:00:00.000Z" }, comments: [comment("c")] },
      { id: "t3", target: { kind: "finding", finding }, resolved: null, comments: [comment("d")] },
    ];
    const counts = countOpenComments(threads);
    expect(counts.get("node:ceo")).toBe(2);
    expect(counts.has("node:cio")).toBe(false);
    expect(counts.get(commentTargetKey({ kind: "finding", finding: { ...finding, nodes: ["cio", "cto"] } }))).toBe(1);
  });

  it("keys a finding's thread on what the finding rests on, whatever the order of its nodes", () => {
    expect(commentTargetKey({ kind: "finding", finding })).toBe(commentTargetKey({ kind: "finding", finding: { ...finding, nodes: ["cio", "cto"] } }));
    expect(commentTargetKey({ kind: "finding", finding })).not.toBe(commentTargetKey({ kind: "finding", finding: { ...finding, nodes: ["cio"] } }));
    expect(commentTargetKey({ kind: "node", nodeId: "ceo" })).toBe("node:ceo");
  });
});
