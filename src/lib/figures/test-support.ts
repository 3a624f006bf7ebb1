/**
 * Helpers for the figure tests: a server-side document, small real training
 * runs, and checks of what a reader or a screen reader gets from a figure.
 * Only test files import this module.
 */
import { parseHTML } from "linkedom";
import { Comparison } from "../experiments/comparison.ts";
import { articleConfig, type ComparisonConfig } from "../experiments/config.ts";
import { summarize, type ComparisonResult } from "../experiments/result.ts";
import type { Side } from "./labels.ts";

export function createDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

/** Trains the article's experiment with `overrides` applied and returns its result. */
export function trainResult(overrides: Partial<ComparisonConfig>): ComparisonResult {
  const comparison = new Comparison({ ...structuredClone(articleConfig), ...overrides });
  comparison.run();
  return summarize(comparison);
}

/**
 * Returns a copy of `result` in which network `side` diverged at `epoch`:
 * its loss history stops before that epoch and every measurement after
 * training is NaN, the worst a diverged network can report.
 */
export function withDivergence(result: ComparisonResult, side: Side, epoch: number): ComparisonResult {
  const copy = structuredClone(result);
  const network = copy.networks[side];
  network.divergedAt = epoch;
  network.lossHistory = network.lossHistory.slice(0, epoch - 1);
  network.finalLoss = network.lossHistory.at(-1) ?? null;
  network.trainAccuracy = Number.NaN;
  network.testAccuracy = Number.NaN;
  network.hiddenStd = network.hiddenStd.map(() => Number.NaN);
  network.signalTrace = {
    class0: network.signalTrace.class0.map(() => Number.NaN),
    class1: network.signalTrace.class1.map(() => Number.NaN),
  };
  network.hiddenUnits = network.hiddenUnits.map((layer) => layer.map((unit) => unit.map(() => Number.NaN)));
  network.grid = network.grid.map(() => Number.NaN);
  return copy;
}

/** Returns the root SVG elements of a figure: the element itself or the SVGs it holds, but not SVGs nested in SVGs. */
export function rootSvgs(element: Element): Element[] {
  if (element.tagName.toLowerCase() === "svg") return [element];
  return Array.from(element.querySelectorAll("svg")).filter((svg) => svg.parentElement?.closest("svg") == null);
}

/** Lists the root SVGs that lack the image role or a non-empty `aria-label`. */
export function unlabeledSvgs(element: Element): string[] {
  return rootSvgs(element)
    .filter((svg) => svg.getAttribute("role") !== "img" || !svg.getAttribute("aria-label")?.trim())
    .map((svg) => svg.outerHTML.slice(0, 80));
}

/** Lists the elements below the root that carry `aria-label` without a role, which axe reports. */
export function unroledLabels(element: Element): string[] {
  return Array.from(element.querySelectorAll("[aria-label]"))
    .filter((node) => !node.hasAttribute("role"))
    .map((node) => `<${node.tagName.toLowerCase()} aria-label="${node.getAttribute("aria-label")}">`);
}

/** Returns every id in the elements, in document order, repeats included. */
export function allIds(elements: readonly Element[]): string[] {
  return elements.flatMap((element) => [element, ...Array.from(element.querySelectorAll("[id]"))].map((node) => node.getAttribute("id") ?? "").filter(Boolean));
}

/** Lists the words that show a number went wrong: NaN, undefined, Infinity, null. */
export function numberLeaks(text: string): string[] {
  return text.match(/NaN|undefined|Infinity|\bnull\b/g) ?? [];
}

/** Returns all text a reader could get from a figure: its markup, title, caption and description. */
export function figureText(figure: { element: Element; title: string; caption: string; description: string }): string {
  return [figure.element.outerHTML, figure.title, figure.caption, figure.description].join("\n");
}
