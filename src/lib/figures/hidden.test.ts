import { beforeAll, describe, expect, it } from "vitest";
import { loadArticleResults } from "../../build/results.ts";
import type { ComparisonResult } from "../experiments/result.ts";
import { renderHidden, shownLayers } from "./hidden.ts";
import { classColors } from "./palette.ts";
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

function hiddenPanels(element: Element): Element[] {
  return rootSvgs(element).filter((svg) => svg.textContent?.includes("hidden layer"));
}

beforeAll(async () => {
  result = (await loadArticleResults()).result;
  figure = renderHidden(result, { document: createDocument() });
  panels = hiddenPanels(figure.element);
});

describe("hidden figure", () => {
  it("is a labelled group of labelled SVGs", () => {
    expect(figure.element.getAttribute("role")).toBe("group");
    expect(unlabeledSvgs(figure.element)).toEqual([]);
  });

  it("has a 2 by 2 grid of panels", () => {
    expect(panels).toHaveLength(4);
    expect(figure.element.querySelectorAll("div > div")).toHaveLength(2);
  });

  it("titles the panels by network and layer", () => {
    expect(panels.map((panel) => panel.getAttribute("aria-label"))).toEqual([
      "Sigmoid, hidden layer 1: std 0.2593",
      "ReLU, hidden layer 1: std 1.1453",
      "Sigmoid, hidden layer 2: std 0.1950",
      "ReLU, hidden layer 2: std 1.6729",
    ]);
  });

  it("writes the std in each panel", () => {
    const stds = ["std 0.2593", "std 1.1453", "std 0.1950", "std 1.6729"];
    panels.forEach((panel, i) => expect(panel.textContent).toContain(stds[i]));
  });

  it("draws the 100 test points in each panel", () => {
    for (const panel of panels) expect(panel.querySelectorAll("circle")).toHaveLength(100);
  });

  it("colors the points by class", () => {
    expect(panels[0]!.outerHTML).toContain(`fill="${classColors[0]}"`);
    expect(panels[0]!.outerHTML).toContain(`fill="${classColors[1]}"`);
  });

  it("lists every std in the caption", () => {
    expect(figure.caption).toContain("Sigmoid 0.2593 and 0.1950, ReLU 1.1453 and 1.6729");
  });

  it("describes each panel", () => {
    expect(figure.description).toMatch(/Sigmoid, hidden layer 1: std 0\.2593; unit 1 spans [\d.]+ to [\d.]+ and unit 2 [\d.]+ to [\d.]+\./);
    expect(figure.description).toContain("ReLU, hidden layer 2: std 1.6729");
  });

  it("strips Plot's role-less labels", () => {
    expect(unroledLabels(figure.element)).toEqual([]);
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(figure))).toEqual([]);
  });

  it("scopes its ids to the figure", () => {
    expect(allIds([figure.element]).filter((id) => !id.startsWith("hidden-"))).toEqual([]);
  });

  it("renders identical markup twice", () => {
    expect(renderHidden(result, { document: createDocument() }).element.outerHTML).toBe(figure.element.outerHTML);
  });
});

describe("hidden figure of other depths", () => {
  it("shows one row for one hidden layer", () => {
    const shallow = trainResult({ epochs: 10, hidden: [5], activations: ["sigmoid", "sigmoid"] });
    expect(shownLayers(shallow)).toEqual([0]);
    const panelsOfRun = hiddenPanels(renderHidden(shallow, { document: createDocument() }).element);
    expect(panelsOfRun.map((panel) => panel.getAttribute("aria-label")?.split(":")[0])).toEqual([
      "Sigmoid (net 1), hidden layer 1",
      "Sigmoid (net 2), hidden layer 1",
    ]);
  });

  it("shows the first and last of six layers", () => {
    const deep = trainResult({ epochs: 10, hidden: [1, 3, 3, 3, 3, 4], activations: ["relu", "tanh"] });
    expect(shownLayers(deep)).toEqual([0, 5]);
    const rendered = renderHidden(deep, { document: createDocument() });
    const text = rendered.element.textContent ?? "";
    expect(text).toContain("ReLU, hidden layer 6 (last)");
    expect(text).toContain("Unit 2 (the layer has one unit)");
    expect(numberLeaks(figureText(rendered))).toEqual([]);
  });
});

describe("hidden figure with a diverged network", () => {
  let diverged: RenderedFigure;

  beforeAll(() => {
    diverged = renderHidden(withDivergence(result, 0, 7), { document: createDocument() });
  });

  it("writes n/a for the std", () => {
    expect(hiddenPanels(diverged.element)[0]!.textContent).toContain("std n/a");
  });

  it("notes the divergence in the empty panel", () => {
    expect(hiddenPanels(diverged.element)[0]!.textContent).toContain("diverged at epoch 7");
  });

  it("says so in caption and description", () => {
    expect(diverged.caption).toContain("Sigmoid n/a and n/a (diverged at epoch 7)");
    expect(diverged.description).toContain("Sigmoid, hidden layer 1: std n/a, no finite activations.");
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(diverged))).toEqual([]);
  });
});
