import { describe, expect, it } from "vitest";
import { axisTop, baseOptions, DEFAULT_WIDTH, figureWidth, MIN_WIDTH, panelWidth } from "./plot-options.ts";
import { createDocument } from "./test-support.ts";

const document = createDocument();

describe("figureWidth", () => {
  it("defaults to 640 pixels", () => {
    expect(figureWidth({ document })).toBe(DEFAULT_WIDTH);
  });

  it("raises a narrow width to the minimum", () => {
    expect(figureWidth({ document, width: 100 })).toBe(MIN_WIDTH);
  });

  it("rejects a width that is not finite", () => {
    expect(() => figureWidth({ document, width: Number.NaN })).toThrow(/invalid figure width NaN/);
  });
});

describe("panelWidth", () => {
  it("splits the figure width", () => {
    expect(panelWidth({ document, width: 640 }, 2)).toBe(320);
  });
});

describe("axisTop", () => {
  it.each([
    [0.7, 0.7],
    [0.6931, 0.7],
    [20.2, 21],
    [1, 1],
    [0, 1],
    [Number.NaN, 1],
  ])("ends the axis for %s at %s", (max, top) => {
    expect(axisTop(max)).toBe(top);
  });
});

describe("baseOptions", () => {
  it("passes the document and the accessible name to Plot", () => {
    const options = baseOptions({ document }, "Chart");
    expect(options.document).toBe(document);
    expect(options.ariaLabel).toBe("Chart");
  });
});
