import { describe, expect, it } from "vitest";
import {
  background,
  classColors,
  contrastRatio,
  mixColors,
  mutedColor,
  probabilityShades,
  probabilityThresholds,
  relativeLuminance,
  sideColors,
  textColor,
} from "./palette.ts";

const TEXT_MINIMUM = 4.5;
const MARK_MINIMUM = 3;

describe("contrastRatio", () => {
  it("gives 21 for black on white", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 10);
  });

  it("gives 1 for a color against itself", () => {
    expect(contrastRatio("#3a7bd5", "#3a7bd5")).toBe(1);
  });

  it("is symmetric", () => {
    expect(contrastRatio("#e05c5c", "#ffffff")).toBe(contrastRatio("#ffffff", "#e05c5c"));
  });

  it("matches the WCAG value for #777777 on white", () => {
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("rejects a color that is not #rrggbb", () => {
    expect(() => relativeLuminance("red")).toThrow(/invalid color "red"/);
  });
});

describe("mixColors", () => {
  it("returns the ends at weights 0 and 1", () => {
    expect(mixColors("#000000", "#ffffff", 0)).toBe("#000000");
    expect(mixColors("#000000", "#ffffff", 1)).toBe("#ffffff");
  });

  it("mixes each channel halfway at weight 0.5", () => {
    expect(mixColors("#000000", "#ff8000", 0.5)).toBe("#804000");
  });
});

describe("text colors", () => {
  const texts = { textColor, mutedColor, side0Text: sideColors[0].text, side1Text: sideColors[1].text };
  for (const [name, color] of Object.entries(texts)) {
    it(`${name} reaches 4.5:1 on white`, () => {
      expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(TEXT_MINIMUM);
    });
  }
});

describe("mark colors", () => {
  const marks = {
    side0Mark: sideColors[0].mark,
    side1Mark: sideColors[1].mark,
    class0: classColors[0],
    class1: classColors[1],
  };
  for (const [name, color] of Object.entries(marks)) {
    it(`${name} reaches 3:1 on white`, () => {
      expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(MARK_MINIMUM);
    });
  }

  it("keeps the article's sigmoid red and ReLU blue for lines", () => {
    expect(sideColors.map((side) => side.mark)).toEqual(["#e05c5c", "#3a7bd5"]);
  });

  it("gives the two sides different colors", () => {
    expect(sideColors[0].mark).not.toBe(sideColors[1].mark);
    expect(sideColors[0].text).not.toBe(sideColors[1].text);
  });
});

describe("probability shading", () => {
  it("has one shade per band", () => {
    expect(probabilityShades).toHaveLength(probabilityThresholds.length + 1);
  });

  it("is almost white around 0.5", () => {
    const middle = probabilityShades[Math.floor(probabilityShades.length / 2)]!;
    expect(contrastRatio(middle, background)).toBeLessThan(1.05);
  });

  const overShading = {
    class0: classColors[0],
    class1: classColors[1],
    side0Boundary: sideColors[0].text,
    side1Boundary: sideColors[1].text,
    frame: mutedColor,
  };
  for (const [name, color] of Object.entries(overShading)) {
    it(`${name} reaches 3:1 on every shade`, () => {
      const lowest = Math.min(...probabilityShades.map((shade) => contrastRatio(color, shade)));
      expect(lowest).toBeGreaterThanOrEqual(MARK_MINIMUM);
    });
  }
});
