import { describe, expect, test } from "vitest";
import { createRandom } from "../random/seed.ts";
import { makeMoons } from "./moons.ts";
import { trainTestSplit } from "./split.ts";

function rowKeys(x: Float64Array): string[] {
  const keys: string[] = [];
  for (let i = 0; i < x.length; i += 2) keys.push(`${x[i]},${x[i + 1]}`);
  return keys;
}

describe("trainTestSplit", () => {
  test.each([0, 3, 42, "moons"])("sizes and disjoint rows for seed %s", (seed) => {
    const data = makeMoons(400, 0.18, createRandom(seed));
    const { train, test: held } = trainTestSplit(data, 0.25, createRandom(seed));
    expect(train.y.length).toBe(300);
    expect(held.y.length).toBe(100);
    const all = new Set(rowKeys(data.x));
    const seen = new Set([...rowKeys(train.x), ...rowKeys(held.x)]);
    expect(seen.size).toBe(400);
    for (const key of seen) expect(all.has(key)).toBe(true);
  });

  test("test size rounds up and train size rounds down", () => {
    const data = makeMoons(10, 0.1, createRandom(1));
    const { train, test: held } = trainTestSplit(data, 0.25, createRandom(1));
    expect(held.y.length).toBe(3);
    expect(train.y.length).toBe(7);
  });

  test("invalid fractions are rejected", () => {
    const data = makeMoons(10, 0.1, createRandom(1));
    expect(() => trainTestSplit(data, 0, createRandom(1))).toThrow(/between 0 and 1/);
    expect(() => trainTestSplit(data, 1, createRandom(1))).toThrow(/between 0 and 1/);
  });
});
