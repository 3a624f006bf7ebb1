import { beforeAll, describe, expect, it } from "vitest";
import { loadArticleResults } from "../../build/results.ts";
import type { ComparisonResult } from "../experiments/result.ts";
import { renderBoundaries } from "./boundaries.ts";
import { classColors, probabilityShades, sideColors } from "./palette.ts";
import type { RenderedFigure } from "./types.ts";
import {
  allIds,
  createDocument,
  figureText,
  numberLeaks,
  rootSvgs,
  trainResult,
  unlabeledSvgs,
  unroledLabels,
  withDivergence,
} from "./test-support.ts";

let result: ComparisonResult;
let figure: RenderedFigure;
let panels: Element[];

beforeAll(async () => {
  result = (await loadArticleResults()).result;
  figure = renderBoundaries(result, { document: createDocument() });
  panels = rootSvgs(figure.element).filter((svg) => svg.textContent?.includes("Test accuracy"));
});

describe("boundaries figure", () => {
  it("is a labelled group of labelled SVGs", () => {
    expect(figure.element.getAttribute("role")).toBe("group");
    expect(figure.element.getAttribute("aria-label")).toBe(figure.title);
    expect(unlabeledSvgs(figure.element)).toEqual([]);
  });

  it("has one panel per network", () => {
    expect(panels).toHaveLength(2);
  });

  it("titles each panel with its test accuracy", () => {
    expect(panels[0]!.textContent).toContain("Sigmoid: Test accuracy 79.0%");
    expect(panels[1]!.textContent).toContain("ReLU: Test accuracy 96.0%");
  });

  it("names each panel with its accuracy", () => {
    expect(panels[0]!.getAttribute("aria-label")).toContain("79.0%");
    expect(panels[1]!.getAttribute("aria-label")).toContain("96.0%");
  });

  it("shades the probability in vector paths", () => {
    const fills = new Set(Array.from(panels[1]!.querySelectorAll("path[fill]")).map((path) => path.getAttribute("fill")));
    for (const shade of probabilityShades) expect(fills).toContain(shade);
    expect(figure.element.querySelector("image")).toBeNull();
  });

  it("draws the 0.5 boundary in each side's color", () => {
    panels.forEach((panel, side) => {
      const boundary = panel.querySelector(`g[stroke="${sideColors[side]!.text}"] path`);
      expect(boundary?.getAttribute("d")?.length).toBeGreaterThan(20);
    });
  });

  it("clips the contours to the frame", () => {
    for (const panel of panels) expect(panel.querySelector("clipPath")).not.toBeNull();
  });

  it("draws the 100 test points in every panel", () => {
    for (const panel of panels) {
      const dots = Array.from(panel.querySelectorAll("circle")).filter((circle) => circle.getAttribute("r") === "3");
      expect(dots).toHaveLength(100);
    }
  });

  it("colors the test points by class", () => {
    expect(panels[0]!.outerHTML).toContain(`fill="${classColors[0]}"`);
    expect(panels[0]!.outerHTML).toContain(`fill="${classColors[1]}"`);
  });

  it("shows a legend for the points, lines and shading", () => {
    const text = figure.element.textContent ?? "";
    expect(text).toContain("Class 0 test point");
    expect(text).toContain("Sigmoid boundary (p = 0.5)");
    expect(text).toContain("Predicted probability of class 1");
  });

  it("stays small", () => {
    expect(figure.element.outerHTML.length).toBeLessThan(60_000);
  });

  it("states both accuracies in caption and description", () => {
    expect(figure.caption).toContain("Sigmoid 79.0%, ReLU 96.0%");
    expect(figure.description).toContain("Sigmoid classifies 79.0% of the 100 test points correctly (21 wrong)");
    expect(figure.description).toContain("ReLU classifies 96.0% of the 100 test points correctly (4 wrong)");
  });

  it("scopes its ids to the figure", () => {
    const ids = allIds([figure.element]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !id.startsWith("boundaries-"))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("strips Plot's role-less labels", () => {
    expect(unroledLabels(figure.element)).toEqual([]);
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(figure))).toEqual([]);
  });

  it("renders identical markup twice", () => {
    expect(renderBoundaries(result, { document: createDocument() }).element.outerHTML).toBe(figure.element.outerHTML);
  });

  it("takes the id prefix from the context", () => {
    const copy = renderBoundaries(result, { document: createDocument(), idPrefix: "live-boundaries" });
    expect(allIds([copy.element]).every((id) => id.startsWith("live-boundaries-"))).toBe(true);
  });
});

describe("boundaries figure with a diverged network", () => {
  let diverged: RenderedFigure;

  beforeAll(() => {
    diverged = renderBoundaries(withDivergence(result, 0, 12), { document: createDocument() });
  });

  it("says so in the panel title", () => {
    expect(diverged.element.textContent).toContain("Sigmoid: diverged at epoch 12");
  });

  it("shades nothing for non-finite predictions", () => {
    expect(diverged.element.textContent).toContain("No finite predictions to shade");
  });

  it("explains the missing boundary", () => {
    expect(diverged.description).toContain("Sigmoid diverged at epoch 12");
    expect(diverged.description).toContain("not finite, so no boundary is drawn");
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(diverged))).toEqual([]);
  });
});

describe("boundaries figure of a coarse live grid", () => {
  it("draws a deeper network on a coarser grid", () => {
    const run = trainResult({ epochs: 20, hidden: [4, 4, 4], activations: ["gelu", "leaky-relu"] });
    const coarse = structuredClone(run);
    const figureOfRun = renderBoundaries(coarse, { document: createDocument(), width: 480 });
    expect(figureOfRun.element.textContent).toContain("GELU: Test accuracy");
    expect(figureOfRun.element.textContent).toContain("Leaky ReLU: Test accuracy");
    expect(numberLeaks(figureText(figureOfRun))).toEqual([]);
  });
});
