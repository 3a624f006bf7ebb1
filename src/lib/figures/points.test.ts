import { describe, expect, it } from "vitest";
import { countClass, finiteExtent, pointsOfClass } from "./points.ts";

const set = {
  x: [
    [0, 1],
    [2, Number.NaN],
    [3, 4],
    [5, 6],
  ] as [number, number][],
  y: [0, 0, 1, 0],
};

describe("pointsOfClass", () => {
  it("returns the finite points of one class", () => {
    expect(pointsOfClass(set, 0)).toEqual([
      [0, 1],
      [5, 6],
    ]);
  });
});

describe("countClass", () => {
  it("counts every row of the class, finite or not", () => {
    expect(countClass(set, 0)).toBe(3);
  });
});

describe("finiteExtent", () => {
  it("skips non-finite values", () => {
    expect(finiteExtent([3, Number.NaN, -1, Number.POSITIVE_INFINITY, 2])).toEqual([-1, 3]);
  });

  it("is null without a finite value", () => {
    expect(finiteExtent([Number.NaN])).toBeNull();
    expect(finiteExtent([])).toBeNull();
  });
});
