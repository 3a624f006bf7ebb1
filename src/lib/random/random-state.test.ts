import { describe, expect, test } from "vitest";
import { loadReference } from "../../../tests/helpers/reference.ts";
import { MT19937 } from "./mt19937.ts";
import { RandomState } from "./random-state.ts";

const randomState = (seed: number) => new RandomState(new MT19937(seed));

describe("RandomState", () => {
  test("uniform doubles lie in [0, 1) with mean near 1/2", () => {
    const random = randomState(1);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 100_000; i++) {
      const value = random.random();
      sum += value;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  test("normals have mean 0 and variance 1", () => {
    const random = randomState(2);
    const count = 200_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < count; i++) {
      const value = random.normal();
      sum += value;
      squares += value * value;
    }
    expect(sum / count).toBeCloseTo(0, 2);
    expect(squares / count).toBeCloseTo(1, 1);
  });

  test("interval stays within [0, max]", () => {
    const random = randomState(3);
    for (const max of [0, 1, 2, 7, 8, 299, 2 ** 31, 2 ** 32 - 1]) {
      for (let i = 0; i < 200; i++) {
        const value = random.interval(max);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(max);
      }
    }
  });

  test("permutation holds every index once", () => {
    const order = Array.from(randomState(4).permutation(300));
    expect(order.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(order).not.toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  test("first NumPy epoch order for seed 42", () => {
    // The reference draws 88 weights (2x8, 8x8, 8x1) before the first epoch's permutation.
    const random = randomState(42);
    for (let i = 0; i < 88; i++) random.normal();
    expect(Array.from(random.permutation(300))).toEqual(loadReference().epoch_orders[0]);
  });
});
