import * as Plot from "@observablehq/plot";
import type { ComparisonResult, NetworkResult } from "../experiments/result.ts";
import { formatDecimal } from "./format.ts";
import { classLabel, divergenceNote, networkLabels, sides, type Side } from "./labels.ts";
import { figureGroup, panelRow } from "./layout.ts";
import { legendStrip, type LegendEntry } from "./legend.ts";
import { classColors, mutedColor } from "./palette.ts";
import { baseOptions, panelWidth } from "./plot-options.ts";
import { finiteExtent } from "./points.ts";
import { finishFigure, labelSvg } from "./svg.ts";
import { runSteps, type FigureContext, type FigureSteps } from "./types.ts";

const TITLE = "Hidden-layer activations of the test points";
const MARGIN = { top: 28, right: 12, bottom: 36, left: 44 };

interface HiddenPoint {
  unit1: number;
  unit2: number;
  label: number;
}

/** Returns the hidden layers to show, 0-based: the first and the last, or the only one. */
export function shownLayers(result: ComparisonResult): number[] {
  const depth = Math.max(...result.networks.map((network) => network.hiddenUnits.length));
  if (depth <= 0) return [];
  return depth === 1 ? [0] : [0, depth - 1];
}

/** Returns the test points in the plane of the layer's first two units; a layer of one unit puts every point at unit 2 = 0. */
function hiddenPoints(result: ComparisonResult, network: NetworkResult, layer: number): HiddenPoint[] {
  const units = network.hiddenUnits[layer] ?? [];
  const first = units[0] ?? [];
  const second = units[1];
  return first
    .map((unit1, i) => ({ unit1, unit2: second ? (second[i] ?? Number.NaN) : 0, label: result.test.y[i] ?? -1 }))
    .filter((point) => Number.isFinite(point.unit1) && Number.isFinite(point.unit2));
}

function layerName(layer: number, depth: number): string {
  return `hidden layer ${layer + 1}${depth > 2 && layer === depth - 1 ? " (last)" : ""}`;
}

function stdText(network: NetworkResult, layer: number): string {
  return `std ${formatDecimal(network.hiddenStd[layer] ?? Number.NaN, 4)}`;
}

/**
 * Returns one domain for both axes of a panel, so distances keep their
 * proportions and the panel shows the true shape of the point cloud. Each
 * panel gets its own domain, because one ReLU unit can reach ten times the
 * range of a sigmoid unit and would shrink the other panels to a dot. The
 * std written in each panel compares the spreads.
 */
function squareDomain(points: readonly HiddenPoint[]): [number, number] {
  const extent = finiteExtent(points.flatMap((point) => [point.unit1, point.unit2]));
  if (extent === null) return [0, 1];
  const pad = extent[1] > extent[0] ? 0.05 * (extent[1] - extent[0]) : 0.5;
  return [extent[0] - pad, extent[1] + pad];
}

interface Panel {
  side: Side;
  layer: number;
  points: HiddenPoint[];
}

function renderPanel(result: ComparisonResult, panel: Panel, label: string, context: FigureContext): Element {
  const network = result.networks[panel.side];
  const depth = network.hiddenUnits.length;
  const heading = `${label}, ${layerName(panel.layer, depth)}`;
  const std = stdText(network, panel.layer);
  const hasSecondUnit = (network.hiddenUnits[panel.layer]?.length ?? 0) > 1;
  const domain = squareDomain(panel.points);
  const width = panelWidth(context, 2);
  const frame = width - MARGIN.left - MARGIN.right;
  const note = divergenceNote(network);
  const emptyNote: string[] = [];
  if (panel.points.length === 0) emptyNote.push(note === null ? "No finite activations" : `No finite activations: ${note}`);

  const svg = Plot.plot({
    ...baseOptions(context, heading),
    width,
    height: frame + MARGIN.top + MARGIN.bottom,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    grid: true,
    x: { domain, label: "Unit 1 activation", labelArrow: "none", labelAnchor: "center" },
    y: { domain, label: hasSecondUnit ? "Unit 2 activation" : "Unit 2 (the layer has one unit)", labelArrow: "none", labelAnchor: "center" },
    marks: [
      ...([0, 1] as const).map((y) =>
        Plot.dot(
          panel.points.filter((point) => point.label === y),
          { x: "unit1", y: "unit2", r: 2.5, fill: classColors[y] },
        ),
      ),
      Plot.text([heading], { frameAnchor: "top-left", dy: -MARGIN.top / 2, textAnchor: "start", fontWeight: "bold", text: (line: string) => line }),
      Plot.text([std], { frameAnchor: "top-right", dy: -MARGIN.top / 2, textAnchor: "end", text: (line: string) => line }),
      Plot.text(emptyNote, { frameAnchor: "middle", text: (line: string) => line, fill: mutedColor }),
    ],
  });
  return labelSvg(svg, `${heading}: ${std}`);
}

function describePanel(label: string, network: NetworkResult, layer: number, points: readonly HiddenPoint[]): string {
  const heading = `${label}, ${layerName(layer, network.hiddenUnits.length)}: ${stdText(network, layer)}`;
  const unit1 = finiteExtent(points.map((point) => point.unit1));
  const unit2 = finiteExtent(points.map((point) => point.unit2));
  if (!unit1 || !unit2) return `${heading}, no finite activations.`;
  const span = ([low, high]: [number, number]): string => `${formatDecimal(low, 2)} to ${formatDecimal(high, 2)}`;
  return `${heading}; unit 1 spans ${span(unit1)} and unit 2 ${span(unit2)}.`;
}

/**
 * Draws the test points in the plane of two hidden units, for the first and
 * last hidden layer of each network, one step per panel.
 */
export const hiddenSteps: FigureSteps = function* (result, context) {
  const labels = networkLabels(result);
  const layers = shownLayers(result);
  const rows = layers.map((layer) =>
    sides.map((side): Panel => ({ side, layer, points: hiddenPoints(result, result.networks[side], layer) })),
  );
  const entries: LegendEntry[] = [0, 1].map((y) => ({ label: `${classLabel(y)} test point`, symbol: "circle", color: classColors[y]! }));

  const rowElements: Element[] = [];
  for (const row of rows) {
    const panels: Element[] = [];
    for (const panel of row) {
      if (rowElements.length > 0 || panels.length > 0) yield;
      panels.push(renderPanel(result, panel, labels[panel.side], context));
    }
    rowElements.push(panelRow(context.document, panels));
  }
  const element = figureGroup(context.document, TITLE, [legendStrip(context, entries, panelWidth(context, 2)), ...rowElements]);
  finishFigure(element, context.idPrefix ?? "hidden");

  const stds = sides.map((side) => {
    const network = result.networks[side];
    const values = layers.map((layer) => formatDecimal(network.hiddenStd[layer] ?? Number.NaN, 4));
    const note = divergenceNote(network);
    return `${labels[side]} ${values.join(" and ")}${note === null ? "" : ` (${note})`}`;
  });
  const layerWords = layers.length === 1 ? "the hidden layer" : "the first and last hidden layer";
  return {
    element,
    title: TITLE,
    caption:
      `Units 1 and 2 of ${layerWords} for each test point, colored by class; each panel has its own scale. ` +
      `Standard deviation of all activations in the layer: ${stds.join(", ")}.`,
    description: rows
      .flat()
      .map((panel) => describePanel(labels[panel.side], result.networks[panel.side], panel.layer, panel.points))
      .join(" "),
  };
};

export const renderHidden = runSteps(hiddenSteps);
