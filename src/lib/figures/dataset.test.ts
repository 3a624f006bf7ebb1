import { beforeAll, describe, expect, it } from "vitest";
import { loadArticleResults } from "../../build/results.ts";
import type { ComparisonResult } from "../experiments/result.ts";
import { renderDataset } from "./dataset.ts";
import { classColors } from "./palette.ts";
import type { RenderedFigure } from "./types.ts";
import { allIds, createDocument, figureText, numberLeaks, unlabeledSvgs, unroledLabels, withDivergence } from "./test-support.ts";

let result: ComparisonResult;
let figure: RenderedFigure;

beforeAll(async () => {
  result = (await loadArticleResults()).result;
  figure = renderDataset(result, { document: createDocument() });
});

/** Returns the point markers: circles of radius 3, as the legend swatches have radius 4. */
function pointCircles(element: Element): Element[] {
  return Array.from(element.querySelectorAll("circle")).filter((circle) => circle.getAttribute("r") === "3");
}

describe("dataset figure", () => {
  it("is one labelled SVG", () => {
    expect(figure.element.tagName.toLowerCase()).toBe("svg");
    expect(unlabeledSvgs(figure.element)).toEqual([]);
    expect(figure.element.getAttribute("aria-label")).toBe(figure.title);
  });

  it("draws all 400 points", () => {
    expect(pointCircles(figure.element)).toHaveLength(400);
  });

  it("draws training points as rings", () => {
    const rings = pointCircles(figure.element).filter((circle) => circle.closest("g")?.getAttribute("fill") === "none");
    expect(rings).toHaveLength(300);
  });

  it("colors the points by class", () => {
    const html = figure.element.outerHTML;
    expect(html).toContain(`fill="${classColors[0]}"`);
    expect(html).toContain(`fill="${classColors[1]}"`);
  });

  it("labels the axes and the legend", () => {
    const text = figure.element.textContent ?? "";
    for (const label of ["x₁ (standardized)", "x₂ (standardized)", "Class 0", "Class 1", "Training point", "Test point"]) {
      expect(text).toContain(label);
    }
  });

  it("counts the points in caption and description", () => {
    expect(figure.caption).toContain("300 training points");
    expect(figure.caption).toContain("100 test points");
    expect(figure.description).toContain("150 of class 0, 150 of class 1");
    expect(figure.description).toContain("noise of standard deviation 0.18");
  });

  it("strips Plot's role-less labels", () => {
    expect(unroledLabels(figure.element)).toEqual([]);
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(figure))).toEqual([]);
  });

  it("carries no id that could collide", () => {
    expect(allIds([figure.element]).filter((id) => !id.startsWith("dataset-"))).toEqual([]);
  });

  it("renders identical markup twice", () => {
    expect(renderDataset(result, { document: createDocument() }).element.outerHTML).toBe(figure.element.outerHTML);
  });

  it("follows the requested width", () => {
    const narrow = renderDataset(result, { document: createDocument(), width: 400 });
    expect(narrow.element.getAttribute("width")).toBe("400");
  });

  it("is the same for a diverged network", () => {
    const diverged = renderDataset(withDivergence(result, 1, 10), { document: createDocument() });
    expect(diverged.element.outerHTML).toBe(figure.element.outerHTML);
  });
});
