import { describe, expect, test } from "vitest";
import { createRandom, parseSeed } from "./seed.ts";

function draws(seed: number | string, count = 5): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.random());
}

describe("parseSeed", () => {
  test("decimal integers become numbers", () => {
    expect(parseSeed("42")).toBe(42);
    expect(parseSeed(" 7 ")).toBe(7);
    expect(parseSeed("4294967295")).toBe(4294967295);
  });

  test("other text stays text", () => {
    expect(parseSeed("moons")).toBe("moons");
    expect(parseSeed("4294967296")).toBe("4294967296");
    expect(parseSeed("-3")).toBe("-3");
    expect(parseSeed("1e3")).toBe("1e3");
  });

  test("empty text is no seed", () => {
    expect(parseSeed("")).toBeUndefined();
    expect(parseSeed("   ")).toBeUndefined();
  });
});

describe("createRandom", () => {
  test("same seed gives the same stream", () => {
    expect(draws("moons")).toEqual(draws("moons"));
    expect(draws(42)).toEqual(draws(42));
  });

  test("integer text equals the integer", () => {
    expect(draws("42")).toEqual(draws(42));
  });

  test("different seeds give different streams", () => {
    expect(draws("moons")).not.toEqual(draws("moons2"));
    expect(draws(1)).not.toEqual(draws(2));
  });

  test("empty text is rejected", () => {
    expect(() => createRandom(" ")).toThrow(/must not be empty/);
  });
});
