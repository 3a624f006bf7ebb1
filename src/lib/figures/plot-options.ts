import type { PlotOptions } from "@observablehq/plot";
import { background, textColor } from "./palette.ts";
import type { FigureContext } from "./types.ts";

export const DEFAULT_WIDTH = 640;
/**
 * Width of the second drawing of a single-chart figure, shown on phones,
 * where the default chart would shrink its text to about half size.
 */
export const NARROW_WIDTH = 340;
/** Narrowest drawing area that the figures lay out for; a smaller requested width is raised to it. */
export const MIN_WIDTH = 280;

/** Returns the width of the whole figure in CSS pixels. */
export function figureWidth(context: FigureContext): number {
  const width = context.width ?? DEFAULT_WIDTH;
  if (!Number.isFinite(width)) throw new RangeError(`invalid figure width ${width}: expected a finite number of pixels`);
  return Math.max(MIN_WIDTH, Math.round(width));
}

/** Returns the width of one of `columns` panels side by side, each at least `MIN_WIDTH / 2`. */
export function panelWidth(context: FigureContext, columns: number): number {
  return Math.max(MIN_WIDTH / 2, Math.floor(figureWidth(context) / columns));
}

/** Options that every chart shares: the document to draw with, the text color and a white background. */
export function baseOptions(context: FigureContext, ariaLabel: string): PlotOptions {
  return {
    document: context.document,
    ariaLabel,
    style: { color: textColor, background },
  };
}

/** Rounds the largest value up to two significant digits, so an axis from zero ends just above it; 1 when it is not positive. */
export function axisTop(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const step = 10 ** (Math.floor(Math.log10(max)) - 1);
  return Number((Math.ceil(max / step) * step).toPrecision(12));
}
