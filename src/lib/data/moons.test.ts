import { describe, expect, test } from "vitest";
import { createRandom } from "../random/seed.ts";
import { makeMoons } from "./moons.ts";

const seeds = [0, 1, 42, 2024, 4294967295, "moons", "relu vs sigmoid"];

describe("makeMoons", () => {
  test.each(seeds)("balanced classes for seed %s", (seed) => {
    const data = makeMoons(401, 0.2, createRandom(seed));
    expect(data.y.length).toBe(401);
    expect(data.x.length).toBe(802);
    const ones = data.y.reduce((sum, label) => sum + label, 0);
    expect(ones).toBe(201);
  });

  test("without noise every point lies on its half circle", () => {
    const data = makeMoons(100, 0, createRandom(5));
    for (let i = 0; i < 100; i++) {
      const x = data.x[2 * i]!;
      const y = data.x[2 * i + 1]!;
      const radius = data.y[i] === 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
      expect(radius).toBeCloseTo(1, 12);
      expect(data.y[i] === 0 ? y >= -1e-12 : y <= 0.5 + 1e-12).toBe(true);
    }
  });

  test("rows are shuffled", () => {
    const labels = Array.from(makeMoons(100, 0, createRandom(6)).y);
    expect(labels.slice(0, 50).every((label) => label === 0)).toBe(false);
  });

  test("same seed gives the same data", () => {
    expect(makeMoons(50, 0.3, createRandom("a")).x).toEqual(makeMoons(50, 0.3, createRandom("a")).x);
  });

  test("invalid arguments are rejected", () => {
    expect(() => makeMoons(1, 0.1, createRandom(1))).toThrow(/at least 2/);
    expect(() => makeMoons(10, -1, createRandom(1))).toThrow(/noise/);
    expect(() => makeMoons(10, Number.NaN, createRandom(1))).toThrow(/noise/);
  });
});
