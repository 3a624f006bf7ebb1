import { parseHTML } from "linkedom";
import type { ComparisonResult } from "../lib/experiments/result.ts";
import { figureNames, figureRenderers, isFigureName, type FigureName } from "../lib/figures/index.ts";

/** A figure drawn at build time, as markup for the page and the text that goes with it. */
export interface RenderedFigureHtml {
  /** Outer HTML of the figure's element: an `<svg>`, or a `<div>` of several. */
  html: string;
  title: string;
  caption: string;
  description: string;
}

export interface RenderFigureOptions {
  /** Width in CSS pixels of the figure's drawing area; 640 when left out. */
  width?: number;
  /** Start of every id inside the figure; the figure's name when left out. */
  idPrefix?: string;
}

/** Draws one figure on the server, with a linkedom document standing in for the browser's. */
export function renderFigure(name: FigureName, result: ComparisonResult, options: RenderFigureOptions = {}): RenderedFigureHtml {
  if (!isFigureName(name)) throw new Error(`unknown figure "${String(name)}": expected one of ${figureNames.join(", ")}`);
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const figure = figureRenderers[name](result, {
    document: document as unknown as Document,
    idPrefix: options.idPrefix ?? name,
    ...(options.width === undefined ? {} : { width: options.width }),
  });
  return { html: figure.element.outerHTML, title: figure.title, caption: figure.caption, description: figure.description };
}
