import { describe, expect, test } from "vitest";
import { MT19937 } from "./mt19937.ts";

describe("MT19937", () => {
  test("first output for seed 5489", () => {
    expect(new MT19937(5489).nextUint32()).toBe(3499211612);
  });

  test("10000th output for seed 5489", () => {
    // The C++ standard fixes this value for std::mt19937 with its default seed.
    const generator = new MT19937(5489);
    let value = 0;
    for (let i = 0; i < 10000; i++) value = generator.nextUint32();
    expect(value).toBe(4123659995);
  });

  test("outputs are unsigned 32-bit integers", () => {
    const generator = new MT19937(0xffffffff);
    for (let i = 0; i < 2000; i++) {
      const value = generator.nextUint32();
      expect(Number.isInteger(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(0xffffffff);
    }
  });

  test("invalid seeds are rejected", () => {
    expect(() => new MT19937(-1)).toThrow(/from 0 to 4294967295/);
    expect(() => new MT19937(2 ** 32)).toThrow(/from 0 to 4294967295/);
    expect(() => new MT19937(1.5)).toThrow(/from 0 to 4294967295/);
  });
});
