import { describe, expect, it } from "vitest";
import { simplifyPath } from "./path.ts";

describe("simplifyPath", () => {
  it("drops points on a straight line", () => {
    expect(simplifyPath("M0,0L1,0L2,0L3,0", 0.1)).toBe("M0,0L3,0");
  });

  it("keeps a corner", () => {
    expect(simplifyPath("M0,0L1,0L2,0L2,1L2,2", 0.1)).toBe("M0,0L2,0L2,2");
  });

  it("keeps the corners of a closed ring", () => {
    const square = "M0,0L5,0L10,0L10,5L10,10L5,10L0,10L0,5Z";
    expect(simplifyPath(square, 0.1)).toBe("M0,0L10,0L10,10L0,10Z");
  });

  it("keeps every ring of a multi-ring path", () => {
    const twoRings = "M0,0L10,0L10,10Z" + "M20,20L30,20L30,30Z";
    expect(simplifyPath(twoRings, 0.1)).toBe(twoRings);
  });

  it("moves no kept point beyond the tolerance", () => {
    expect(simplifyPath("M0,0L1,0.05L2,0", 0.1)).toBe("M0,0L2,0");
    expect(simplifyPath("M0,0L1,0.5L2,0", 0.1)).toBe("M0,0L1,0.5L2,0");
  });

  it("leaves paths with curves unchanged", () => {
    expect(simplifyPath("M0,0C1,1,2,2,3,3", 0.1)).toBe("M0,0C1,1,2,2,3,3");
  });
});
