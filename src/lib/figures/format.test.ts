import { describe, expect, it } from "vitest";
import { formatDecimal, formatPercent, formatShort } from "./format.ts";

describe("formatDecimal", () => {
  it("rounds to the given decimals", () => {
    expect(formatDecimal(0.282163726581189, 4)).toBe("0.2822");
  });

  it("writes a true minus sign", () => {
    expect(formatDecimal(-1.5, 2)).toBe("\u22121.50");
  });

  it("drops the sign of a value that rounds to zero", () => {
    expect(formatDecimal(-0.00001, 4)).toBe("0.0000");
  });

  it("switches to exponent notation from a million", () => {
    expect(formatDecimal(1.7303174515060035e34, 4)).toBe("1.73e34");
  });

  it("writes n/a for non-finite values", () => {
    expect(formatDecimal(Number.NaN)).toBe("n/a");
    expect(formatDecimal(Number.POSITIVE_INFINITY)).toBe("n/a");
  });
});

describe("formatPercent", () => {
  it("writes one decimal", () => {
    expect(formatPercent(0.79)).toBe("79.0%");
    expect(formatPercent(0.96)).toBe("96.0%");
  });

  it("writes n/a for NaN", () => {
    expect(formatPercent(Number.NaN)).toBe("n/a");
  });
});

describe("formatShort", () => {
  it.each([
    [0, "0"],
    [0.5234, "0.52"],
    [20.2, "20.20"],
    [0.03527, "0.035"],
    [0.00004, "4.0e-5"],
    [1287.9, "1,288"],
    [4.691105953220713e130, "4.7e130"],
    [-0.25, "\u22120.25"],
    [Number.NaN, "n/a"],
  ])("formats %s as %s", (value, text) => {
    expect(formatShort(value)).toBe(text);
  });
});
