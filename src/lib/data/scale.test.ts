import { describe, expect, test } from "vitest";
import { createRandom } from "../random/seed.ts";
import { makeMoons } from "./moons.ts";
import { fitScaling, standardize } from "./scale.ts";

describe("standardize", () => {
  test.each([0, 7, "moons"])("columns get mean 0 and population std 1 for seed %s", (seed) => {
    const scaled = standardize(makeMoons(400, 0.18, createRandom(seed)));
    const { mean, std } = fitScaling(scaled);
    expect(mean[0]).toBeCloseTo(0, 12);
    expect(mean[1]).toBeCloseTo(0, 12);
    expect(std[0]).toBeCloseTo(1, 12);
    expect(std[1]).toBeCloseTo(1, 12);
  });

  test("a constant column keeps scale 1", () => {
    const data = { x: new Float64Array([3, 1, 3, 2, 3, 3]), y: new Uint8Array([0, 1, 0]) };
    expect(Array.from(standardize(data).x.filter((_, i) => i % 2 === 0))).toEqual([0, 0, 0]);
  });
});
