import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import type { ComparisonResult } from "../lib/experiments/result.ts";
import { figureNames, type FigureName } from "../lib/figures/index.ts";
import { allIds, numberLeaks, rootSvgs, trainResult, unlabeledSvgs, unroledLabels } from "../lib/figures/test-support.ts";
import { renderFigure, type RenderedFigureHtml } from "./render-figure.ts";
import { loadArticleResults } from "./results.ts";

let result: ComparisonResult;
let figures: Record<FigureName, RenderedFigureHtml>;
let page: Document;

beforeAll(async () => {
  result = (await loadArticleResults()).result;
  figures = Object.fromEntries(figureNames.map((name) => [name, renderFigure(name, result)])) as Record<FigureName, RenderedFigureHtml>;
  const body = figureNames.map((name) => `<figure>${figures[name].html}<figcaption>${figures[name].caption}</figcaption></figure>`).join("\n");
  page = parseHTML(`<!doctype html><html lang="en"><head><title>Figures</title></head><body>${body}</body></html>`).document as unknown as Document;
});

function pageFigures(): Element[] {
  return Array.from(page.querySelectorAll("figure")).map((figure) => figure.firstElementChild!);
}

describe("renderFigure", () => {
  it("returns markup and text for every figure", () => {
    for (const name of figureNames) {
      expect(figures[name].html.length).toBeGreaterThan(500);
      expect(figures[name].title.length).toBeGreaterThan(0);
      expect(figures[name].caption.length).toBeGreaterThan(0);
      expect(figures[name].description.length).toBeGreaterThan(0);
    }
  });

  it("shows the numbers the article quotes", () => {
    const all = figureNames.map((name) => figures[name].html).join("\n");
    for (const text of ["final: 0.2822", "final: 0.0353", "79.0%", "96.0%", "0.2593", "0.1950", "1.1453", "1.6729"]) {
      expect(all).toContain(text);
    }
  });

  it("prints no broken number", () => {
    for (const name of figureNames) {
      const { html, title, caption, description } = figures[name];
      expect(numberLeaks([html, title, caption, description].join("\n"))).toEqual([]);
    }
  });

  it("gives every SVG an accessible name", () => {
    const svgs = pageFigures().flatMap(rootSvgs);
    expect(svgs.length).toBeGreaterThanOrEqual(12);
    expect(pageFigures().flatMap(unlabeledSvgs)).toEqual([]);
  });

  it("leaves no label on an element without a role", () => {
    expect(pageFigures().flatMap(unroledLabels)).toEqual([]);
  });

  it("sets a background wherever it sets a text color", () => {
    // A color without a background is WCAG failure F24, which HTML_CodeSniffer reports.
    const colored = pageFigures().flatMap((figure) => Array.from(figure.querySelectorAll("[style*='color:']")));
    expect(colored.length).toBeGreaterThan(0);
    const withoutBackground = colored.filter((element) => !/(^|;)\s*background(-color)?:/.test(element.getAttribute("style") ?? ""));
    expect(withoutBackground.map((element) => element.outerHTML.slice(0, 100))).toEqual([]);
  });

  it("keeps ids unique across all five figures", () => {
    const ids = allIds([page.body]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("draws no raster image", () => {
    expect(page.querySelectorAll("image, canvas, img")).toHaveLength(0);
  });

  it("renders identical markup twice", () => {
    for (const name of figureNames) expect(renderFigure(name, result).html).toBe(figures[name].html);
  });

  it("follows the requested width", () => {
    expect(renderFigure("loss", result, { width: 500 }).html).toMatch(/^<svg[^>]* width="500"/);
  });

  it("takes an id prefix", () => {
    const html = renderFigure("boundaries", result, { idPrefix: "copy" }).html;
    expect(html).toContain('id="copy-1"');
    expect(html).not.toContain('id="boundaries-1"');
  });

  it("rejects an unknown figure name", () => {
    expect(() => renderFigure("raster" as FigureName, result)).toThrow('unknown figure "raster": expected one of dataset, loss, boundaries, trace, hidden');
  });

  it("draws every figure of an untrained run", () => {
    const untrained = trainResult({ epochs: 0, hidden: [3, 3, 3], activations: ["leaky-relu", "leaky-relu"] });
    for (const name of figureNames) {
      const { html, title, caption, description } = renderFigure(name, untrained);
      expect(numberLeaks([html, title, caption, description].join("\n"))).toEqual([]);
      // Every figure but the data set names the networks.
      if (name !== "dataset") expect(html).toContain("Leaky ReLU (net 2)");
    }
  });

  it("writes valid HTML", async () => {
    // Inline styles are allowed: Plot sets the text color and background on each chart, and the
    // panel rows lay themselves out, so the figures read correctly without the site's stylesheet.
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });
    for (const name of figureNames) {
      const report = await validator.validateString(figures[name].html);
      const messages = report.results.flatMap((entry) => entry.messages.map((message) => `${name}: ${message.ruleId} ${message.message}`));
      expect(messages).toEqual([]);
    }
  });
});
