import * as Plot from "@observablehq/plot";
import { baseOptions } from "./plot-options.ts";
import { labelSvg } from "./svg.ts";
import type { FigureContext } from "./types.ts";

/** Swatch shape of a legend entry: a filled circle or square, an unfilled ring, or a short line. */
export type LegendSymbol = "circle" | "square" | "ring" | "line";

export interface LegendEntry {
  label: string;
  symbol: LegendSymbol;
  color: string;
}

const ROW_HEIGHT = 16;
const SWATCH_RADIUS = 4;
const LABEL_OFFSET = 14;
const ENTRY_GAP = 18;
// NOTE: an estimate of the mean glyph width of Plot's 10px system-ui font; a
// wider font may run a long label into the next entry.
const CHAR_WIDTH = 5.8;

/** Custom Plot symbol: a horizontal line twice as long as a dot of the same radius is wide. */
const lineSymbol = {
  draw(context: CanvasPath, size: number): void {
    const half = 2 * Math.sqrt(size / Math.PI);
    context.moveTo(-half, 0);
    context.lineTo(half, 0);
  },
};

interface PlacedEntry extends LegendEntry {
  x: number;
  row: number;
}

/** Places the entries left to right, starting a new row where the next one would pass `width`. */
function placeEntries(entries: readonly LegendEntry[], width: number): PlacedEntry[] {
  let x = 0;
  let row = 0;
  return entries.map((entry) => {
    const entryWidth = LABEL_OFFSET + entry.label.length * CHAR_WIDTH;
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      row++;
    }
    const placed = { ...entry, x, row };
    x += entryWidth + ENTRY_GAP;
    return placed;
  });
}

/** Returns the height in pixels of the legend rows for `entries` in `width` pixels. */
export function legendHeight(entries: readonly LegendEntry[], width: number): number {
  const rows = Math.max(0, ...placeEntries(entries, width).map((entry) => entry.row)) + 1;
  return rows * ROW_HEIGHT;
}

function swatch(entry: PlacedEntry, top: number): Plot.Markish {
  const position = { frameAnchor: "top-left", dx: entry.x + SWATCH_RADIUS, dy: top + entry.row * ROW_HEIGHT, r: SWATCH_RADIUS } as const;
  switch (entry.symbol) {
    case "circle":
    case "square":
      return Plot.dot([entry], { ...position, symbol: entry.symbol, fill: entry.color });
    case "ring":
      return Plot.dot([entry], { ...position, symbol: "circle", fill: "none", stroke: entry.color, strokeWidth: 1.5 });
    case "line":
      return Plot.dot([entry], { ...position, symbol: lineSymbol, fill: "none", stroke: entry.color, strokeWidth: 2 });
  }
}

function label(entry: PlacedEntry, top: number): Plot.Markish {
  return Plot.text([entry.label], {
    frameAnchor: "top-left",
    dx: entry.x + LABEL_OFFSET,
    dy: top + entry.row * ROW_HEIGHT,
    textAnchor: "start",
    text: (text: string) => text,
  });
}

/**
 * Returns Plot marks that draw the legend from the top-left corner of the
 * frame, `top` pixels down (negative values reach into the top margin), with
 * rows wrapped to `width`. The marks use no scale, so they leave the chart's
 * scales alone.
 */
export function legendMarks(entries: readonly LegendEntry[], width: number, top: number): Plot.Markish[] {
  return placeEntries(entries, width).flatMap((entry) => [swatch(entry, top), label(entry, top)]);
}

const symbolNames: Record<LegendSymbol, string> = { circle: "dot", square: "square", ring: "ring", line: "line" };

/** Describes the legend in words, for its accessible name: "Legend: dot, Class 0; ring, training point". */
export function describeLegend(entries: readonly LegendEntry[]): string {
  return `Legend: ${entries.map((entry) => `${symbolNames[entry.symbol]}, ${entry.label}`).join("; ")}`;
}

/** Draws the legend as a chart of its own, for figures made of several panels. */
export function legendStrip(context: FigureContext, entries: readonly LegendEntry[], width: number): Element {
  const inset = 4;
  const svg = Plot.plot({
    ...baseOptions(context, describeLegend(entries)),
    width,
    height: legendHeight(entries, width - 2 * inset) + inset,
    margin: 0,
    marginLeft: inset,
    marginTop: ROW_HEIGHT / 2 + inset / 2,
    marks: legendMarks(entries, width - 2 * inset, 0),
  });
  return labelSvg(svg, describeLegend(entries));
}
