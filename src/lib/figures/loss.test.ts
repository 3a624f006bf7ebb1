import { beforeAll, describe, expect, it } from "vitest";
import { loadArticleResults } from "../../build/results.ts";
import type { ComparisonResult } from "../experiments/result.ts";
import { plateauEpoch, renderLoss } from "./loss.ts";
import { sideColors } from "./palette.ts";
import type { RenderedFigure } from "./types.ts";
import { createDocument, figureText, numberLeaks, trainResult, unlabeledSvgs, unroledLabels, withDivergence } from "./test-support.ts";

let result: ComparisonResult;
let figure: RenderedFigure;

beforeAll(async () => {
  result = (await loadArticleResults()).result;
  figure = renderLoss(result, { document: createDocument() });
});

/** Returns the vertical pixel position of each text element that contains `needle`, with its group's offset added. */
function textPositions(element: Element, needle: string): number[] {
  const translateY = (node: Element | null): number => {
    const match = /translate\([^,]+,([^)]+)\)/.exec(node?.getAttribute("transform") ?? "");
    return match ? Number(match[1]) : 0;
  };
  return Array.from(element.querySelectorAll("text"))
    .filter((text) => text.textContent?.includes(needle))
    .map((text) => translateY(text) + translateY(text.parentElement));
}

describe("loss figure", () => {
  it("is one labelled SVG", () => {
    expect(figure.element.tagName.toLowerCase()).toBe("svg");
    expect(unlabeledSvgs(figure.element)).toEqual([]);
  });

  it("labels each line with its final loss", () => {
    const html = figure.element.outerHTML;
    expect(html).toContain("final: 0.2822");
    expect(html).toContain("final: 0.0353");
  });

  it("names each line by its activation", () => {
    const text = figure.element.textContent ?? "";
    expect(text).toContain("Sigmoid");
    expect(text).toContain("ReLU");
  });

  it("draws one line per network in its side color", () => {
    const lines = Array.from(figure.element.querySelectorAll("path")).filter((path) => (path.getAttribute("d") ?? "").split("L").length > 700);
    expect(lines.map((line) => line.closest("g")?.getAttribute("stroke"))).toEqual([sideColors[0].mark, sideColors[1].mark]);
  });

  it("states the final losses in the caption", () => {
    expect(figure.caption).toContain("Sigmoid 0.2822");
    expect(figure.caption).toContain("ReLU 0.0353");
  });

  it("describes where each loss starts and ends", () => {
    expect(figure.description).toContain("Sigmoid: the loss falls from 0.70 at epoch 1 to 0.28 at epoch 800");
    expect(figure.description).toContain("ReLU: the loss falls from 0.68 at epoch 1 to 0.035 at epoch 800");
    expect(figure.description).toContain("at epoch 800 and levels off from about epoch 290. ReLU:");
    expect(figure.description).toMatch(/ReLU: the loss falls from 0\.68 at epoch 1 to 0\.035 at epoch 800 and is still falling at the end\.$/);
  });

  it("strips Plot's role-less labels", () => {
    expect(unroledLabels(figure.element)).toEqual([]);
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(figure))).toEqual([]);
  });

  it("renders identical markup twice", () => {
    expect(renderLoss(result, { document: createDocument() }).element.outerHTML).toBe(figure.element.outerHTML);
  });
});

describe("loss figure with a diverged network", () => {
  let diverged: RenderedFigure;

  beforeAll(() => {
    diverged = renderLoss(withDivergence(result, 1, 300), { document: createDocument() });
  });

  it("labels the line with the divergence", () => {
    expect(diverged.element.textContent).toContain("diverged at epoch 300");
  });

  it("gives no final loss for the diverged network", () => {
    expect(diverged.caption).toContain("ReLU diverged at epoch 300");
    expect(diverged.element.outerHTML).not.toContain("final: 0.0353");
  });

  it("describes the loss up to the divergence", () => {
    expect(diverged.description).toMatch(/ReLU: the loss falls from 0\.68 at epoch 1 to [\d.]+ at epoch 299, then the network diverged at epoch 300\./);
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(diverged))).toEqual([]);
  });
});

describe("loss figure when the first epoch diverges", () => {
  let figureOfRun: RenderedFigure;

  beforeAll(() => {
    const run = trainResult({ epochs: 5, learningRate: 1e4, hidden: [8, 8, 8], activations: ["relu", "gelu"] });
    expect(run.networks[1].divergedAt).toBe(1);
    figureOfRun = renderLoss(run, { document: createDocument() });
  });

  it("writes a note where the line would be", () => {
    expect(figureOfRun.element.textContent).toContain("GELU diverged at epoch 1");
  });

  it("says so in the description", () => {
    expect(figureOfRun.description).toContain("GELU diverged at epoch 1 before finishing an epoch.");
  });

  it("prints no broken number", () => {
    expect(numberLeaks(figureText(figureOfRun))).toEqual([]);
  });
});

describe("loss figure with the same activation twice", () => {
  let twin: RenderedFigure;

  beforeAll(() => {
    twin = renderLoss(trainResult({ epochs: 40, activations: ["tanh", "tanh"] }), { document: createDocument() });
  });

  it("numbers the two networks", () => {
    expect(twin.element.textContent).toContain("Tanh (net 1)");
    expect(twin.element.textContent).toContain("Tanh (net 2)");
  });

  it("keeps the equal end labels apart", () => {
    const [first, second] = textPositions(twin.element, "final:");
    expect(Math.abs(first! - second!)).toBeGreaterThanOrEqual(27);
  });

  it("draws the two lines in different colors", () => {
    expect(twin.element.outerHTML).toContain(`stroke="${sideColors[0].mark}"`);
    expect(twin.element.outerHTML).toContain(`stroke="${sideColors[1].mark}"`);
  });
});

describe("plateauEpoch", () => {
  const points = (losses: number[]) => losses.map((loss, i) => ({ epoch: i + 1, loss }));

  it("finds the first epoch that stays near the last value", () => {
    expect(plateauEpoch(points([1, 0.5, 0.2, 0.108, 0.1, 0.1]))).toBe(4);
  });

  it("is the last epoch when the loss still moves", () => {
    expect(plateauEpoch(points([1, 0.8, 0.6, 0.4]))).toBe(4);
  });

  it("is null for a flat loss", () => {
    expect(plateauEpoch(points([0.5, 0.5]))).toBeNull();
  });

  it("is null without points", () => {
    expect(plateauEpoch([])).toBeNull();
  });
});

describe("loss figure before the first epoch", () => {
  it("notes both missing lines without overlap", () => {
    const start = trainResult({ epochs: 0 });
    const figureOfStart = renderLoss(start, { document: createDocument() });
    const notes = Array.from(figureOfStart.element.querySelectorAll("text")).filter((text) => text.textContent?.includes("no epoch finished yet"));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toBe("Sigmoid: no epoch finished yetReLU: no epoch finished yet");
    expect(figureOfStart.caption).toContain("Sigmoid has no loss yet, ReLU has no loss yet");
    expect(numberLeaks(figureText(figureOfStart))).toEqual([]);
  });
});
