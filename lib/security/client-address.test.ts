import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the address Next wrote when there is no proxy", () => {
    expect(clientAddress("127.0.0.1")).toBe("127.0.0.1");
  });
  it("takes the entry the trusted proxy appended, not what the client claimed before it", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });
  it("says unknown rather than failing on a missing header, and bounds the length", () => {
    expect(clientAddress(null)).toBe("unknown");
    expect(clientAddress("x".repeat(500))).toHaveLength(64);
  });
});
