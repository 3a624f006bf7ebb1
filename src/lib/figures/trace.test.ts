import { beforeAll, describe, expect, it } from "vitest";
import { loadArticleResults } from "../../build/results.ts";
import type { ComparisonResult } from "../experiments/result.ts";
import { formatShort } from "./format.ts";
import { stageLabels } from "./labels.ts";
import { sideColors } from "./palette.ts";
import { renderTrace } from "./trace.ts";
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
  figure = renderTrace(result, { document: createDocument() });
  panels = rootSvgs(figure.element).filter((svg) => svg.textContent?.includes("far point"));
});

function panelTexts(panel: Element): string[] {
  return Array.from(panel.querySelectorAll("text")).map((text) => text.textContent ?? "");
}

describe("trace figure", () => {
  it("is a labelled group of labelled SVGs", () => {
    expect(figure.element.getAttribute("role")).toBe("group");
    expect(unlabeledSvgs(figure.element)).toEqual([]);
  });

  it("has one panel per class point", () => {
    expect(panels).toHaveLength(2);
    expect(panels[0]!.textContent).toContain("Class 0 far point");
    expect(panels[1]!.textContent).toContain("Class 1 far point");
  });

  it("names the five stages on the axis", () => {
    const texts = panelTexts(panels[0]!);
    for (const stage of ["z₁", "a₁", "z₂", "a₂", "z₃"]) expect(texts).toContain(stage);
  });

  it("labels every marker with its value", () => {
    const keys = ["class0", "class1"] as const;
    keys.forEach((key, i) => {
      const texts = panelTexts(panels[i]!);
      for (const network of result.networks) {
        for (const value of network.signalTrace[key]) expect(texts).toContain(formatShort(value));
      }
    });
  });

  it("tells the networks apart by marker shape", () => {
    for (const panel of panels) {
      const circles = panel.querySelectorAll(`g[fill="${sideColors[0].mark}"] circle`);
      const squares = Array.from(panel.querySelectorAll(`g[fill="${sideColors[1].mark}"] path`));
      expect(circles).toHaveLength(5);
      expect(squares).toHaveLength(5);
    }
  });

  it("shows which shape is which network", () => {
    const legend = rootSvgs(figure.element)[0]!;
    expect(legend.getAttribute("aria-label")).toBe("Legend: dot, Sigmoid; square, ReLU");
  });

  it("gives every number in the description", () => {
    const stages = stageLabels(5);
    for (const key of ["class0", "class1"] as const) {
      for (const network of result.networks) {
        const values = network.signalTrace[key].map((value, i) => `${stages[i]} ${formatShort(value)}`).join(", ");
        expect(figure.description).toContain(values);
      }
    }
  });

  it("locates the far points in the description", () => {
    expect(figure.description).toMatch(/For the class 0 far point at \(−?\d+\.\d\d, −?\d+\.\d\d\)/);
  });

  it("strips Plot's role-less labels", () => {
    expect(unroledLabels(figure.element)).toEqual([]);
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(figure))).toEqual([]);
  });

  it("scopes its ids to the figure", () => {
    expect(allIds([figure.element]).filter((id) => !id.startsWith("trace-"))).toEqual([]);
  });

  it("renders identical markup twice", () => {
    expect(renderTrace(result, { document: createDocument() }).element.outerHTML).toBe(figure.element.outerHTML);
  });
});

describe("trace figure of a deeper network", () => {
  let deep: RenderedFigure;

  beforeAll(() => {
    deep = renderTrace(trainResult({ epochs: 20, hidden: [6, 6, 6], activations: ["tanh", "relu"] }), { document: createDocument() });
  });

  it("shows seven stages", () => {
    const panel = rootSvgs(deep.element)[1]!;
    const texts = panelTexts(panel);
    for (const stage of stageLabels(7, "subscript")) expect(texts).toContain(stage);
  });

  it("describes the output stage as z4", () => {
    expect(deep.description).toMatch(/Tanh z1 [\d.]+, a1 [\d.]+, z2 [\d.]+, a2 [\d.]+, z3 [\d.]+, a3 [\d.]+, z4 [\d.]+/);
    expect(deep.caption).toContain("z4");
  });
});

describe("trace figure with a diverged network", () => {
  let diverged: RenderedFigure;

  beforeAll(() => {
    diverged = renderTrace(withDivergence(result, 1, 50), { document: createDocument() });
  });

  it("draws only the finite network's markers", () => {
    const panel = rootSvgs(diverged.element)[1]!;
    expect(panel.querySelectorAll(`g[fill="${sideColors[1].mark}"] path`)).toHaveLength(0);
    expect(panel.querySelectorAll(`g[fill="${sideColors[0].mark}"] circle`)).toHaveLength(5);
  });

  it("says the network diverged", () => {
    expect(diverged.description).toContain("ReLU (diverged at epoch 50) z1 n/a");
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(diverged))).toEqual([]);
  });
});

describe("trace figure with exploding values", () => {
  it("writes huge values in exponent notation", () => {
    const run = trainResult({ epochs: 30, learningRate: 100, hidden: [8, 8, 8], activations: ["relu", "gelu"] });
    const exploding = renderTrace(run, { document: createDocument() });
    expect(exploding.description).toMatch(/\de\d+/);
    expect(numberLeaks(figureText(exploding))).toEqual([]);
  });
});
