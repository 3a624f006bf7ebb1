import type { ComparisonResult } from "../experiments/result.ts";

/** Where and how big a figure is drawn. */
export interface FigureContext {
  /** Document that creates the elements: `window.document` in a browser, a linkedom document on the server. */
  document: Document;
  /** Width in CSS pixels of the figure's drawing area; 640 when left out. */
  width?: number;
  /**
   * Start of every id inside the figure; the figure's name when left out.
   * Two copies of one figure on a page need different prefixes.
   */
  idPrefix?: string;
}

/** A drawn figure with the text that a reader without the picture needs. */
export interface RenderedFigure {
  /** The chart: an SVG element, or a block element holding several SVG panels and a legend. */
  element: Element;
  /** Accessible name, a short noun phrase. */
  title: string;
  /** Caption shown under the figure. */
  caption: string;
  /** Text description derived from the data, for screen readers and for readers without the picture. */
  description: string;
}

export type FigureRenderer = (result: ComparisonResult, context: FigureContext) => RenderedFigure;

/**
 * A renderer cut into steps: each `next()` draws one or more panels, and the
 * last returns the figure. A page can take one step per frame, so a
 * figure of several panels does not block the main thread for all of them.
 */
export type FigureSteps = (result: ComparisonResult, context: FigureContext) => Generator<void, RenderedFigure, void>;

/** Runs every step at once, which is what a renderer does. */
export function runSteps(steps: FigureSteps): FigureRenderer {
  return (result, context) => {
    const generator = steps(result, context);
    for (;;) {
      const step = generator.next();
      if (step.done) return step.value;
    }
  };
}
