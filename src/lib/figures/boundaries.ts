import * as Plot from "@observablehq/plot";
import type { ComparisonResult, NetworkResult } from "../experiments/result.ts";
import type { GridSpec } from "../nn/grid.ts";
import { formatDecimal, formatPercent } from "./format.ts";
import { classLabel, divergenceNote, networkLabels, sides, type Side } from "./labels.ts";
import { figureGroup, panelRow } from "./layout.ts";
import { legendStrip, type LegendEntry } from "./legend.ts";
import { background, classColors, mutedColor, probabilityShades, probabilityThresholds, sideColors, textColor } from "./palette.ts";
import { baseOptions, figureWidth, panelWidth } from "./plot-options.ts";
import { finiteExtent, pointsOfClass } from "./points.ts";
import { simplifyPaths } from "./path.ts";
import { nodeExtent, paddedRaster } from "./raster.ts";
import { finishFigure, labelSvg } from "./svg.ts";
import { runSteps, type FigureContext, type FigureSteps } from "./types.ts";

const TITLE = "Decision boundaries of the two networks";
const MARGIN = { top: 26, right: 8, bottom: 36, left: 40 };
/** Grid nodes added beyond each edge, enough to push the contours' closing edges out of the clipped frame. */
const GRID_PADDING = 3;
/** Largest distance in pixels that simplifying a contour may move it. */
const PATH_TOLERANCE = 0.3;

/** Returns the grid's values when there is one finite value per node, otherwise null. */
function finiteGrid(network: NetworkResult, spec: GridSpec): number[] | null {
  const { grid } = network;
  if (grid.length === 0 || grid.length !== spec.columns * spec.rows) return null;
  return grid.every(Number.isFinite) ? grid : null;
}

function panelHeading(label: string, network: NetworkResult): string {
  const note = divergenceNote(network);
  const accuracy = `Test accuracy ${formatPercent(network.testAccuracy)}`;
  // A diverged network's accuracy is left to the caption, so the heading fits its panel.
  return note === null ? `${label}: ${accuracy}` : `${label}: ${note}`;
}

function boundaryMarks(grid: number[] | null, spec: GridSpec, side: Side): Plot.Markish[] {
  if (grid === null) {
    return [Plot.text(["No finite predictions to shade"], { frameAnchor: "middle", text: (line: string) => line, fill: mutedColor })];
  }
  const { values, ...raster } = paddedRaster(grid, spec, GRID_PADDING);
  // Plot samples this function at the center of each of its width x height cells, which are the grid's nodes.
  // Given the values as data instead, Plot would scale a position channel for every node and interpolate
  // them onto the same cells, which costs several times as much and draws the same contours.
  const value = (x: number, y: number): number =>
    values[Math.floor((y - raster.y1) / spec.step) * raster.width + Math.floor((x - raster.x1) / spec.step)]!;
  const options = { ...raster, value, clip: "frame", render: simplifyPaths(PATH_TOLERANCE) } as const;
  return [
    Plot.contour({ ...options, fill: "value", thresholds: [0, ...probabilityThresholds] }),
    Plot.contour({ ...options, thresholds: [0.5], stroke: sideColors[side].text, strokeWidth: 2, fill: "none" }),
  ];
}

function renderPanel(result: ComparisonResult, side: Side, label: string, context: FigureContext): Element {
  const network = result.networks[side];
  const spec = result.gridSpec;
  const extent = nodeExtent(spec);
  const width = panelWidth(context, 2);
  const frameWidth = width - MARGIN.left - MARGIN.right;
  const xSpan = extent.x[1] - extent.x[0];
  const ySpan = extent.y[1] - extent.y[0];
  const frameHeight = Math.round(xSpan > 0 && ySpan > 0 ? (frameWidth * ySpan) / xSpan : frameWidth);
  const heading = panelHeading(label, network);

  const svg = Plot.plot({
    ...baseOptions(context, heading),
    width,
    height: frameHeight + MARGIN.top + MARGIN.bottom,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { domain: extent.x, label: "x₁", labelArrow: "none", labelAnchor: "center" },
    y: { domain: extent.y, label: "x₂", labelArrow: "none", labelAnchor: "center" },
    color: { type: "threshold", domain: [...probabilityThresholds], range: [...probabilityShades] },
    marks: [
      ...boundaryMarks(finiteGrid(network, spec), spec, side),
      ...([0, 1] as const).map((y) =>
        Plot.dot(pointsOfClass(result.test, y), { x: "0", y: "1", r: 3, fill: classColors[y], stroke: background, strokeWidth: 0.75 }),
      ),
      Plot.frame({ stroke: mutedColor }),
      Plot.text([heading], { frameAnchor: "top-left", dy: -MARGIN.top / 2, textAnchor: "start", fontWeight: "bold", text: (line: string) => line }),
    ],
  });
  return labelSvg(svg, `${label} decision boundary. ${heading}.`);
}

function renderShadingLegend(context: FigureContext, width: number): Element {
  const options: Plot.LegendScales = {
    // A text color set without a background color is WCAG failure F24, because on a dark page the text could lose its contrast.
    style: { color: textColor, background },
    color: { type: "threshold", domain: [...probabilityThresholds], range: [...probabilityShades] },
    label: "Predicted probability of class 1",
    width: Math.min(width, 320),
  };
  // Plot 0.6.17 reads `document` from the legend options as it does for plots,
  // but its type declarations leave the option out.
  const legend = Plot.legend({ ...options, document: context.document } as Plot.LegendScales);
  return labelSvg(
    legend,
    "Shading legend: predicted probability of class 1 in ten bands of 0.1, from orange at 0 through white at 0.5 to teal at 1",
  );
}

function describeAccuracy(result: ComparisonResult, network: NetworkResult, label: string): string {
  const testCount = result.test.y.length;
  if (!Number.isFinite(network.testAccuracy)) return `${label} has no finite test accuracy`;
  const wrong = Math.round((1 - network.testAccuracy) * testCount);
  const training = Number.isFinite(network.trainAccuracy) ? ` and ${formatPercent(network.trainAccuracy)} of the training points` : "";
  return `${label} classifies ${formatPercent(network.testAccuracy)} of the ${testCount} test points correctly (${wrong} wrong)${training}`;
}

function describeGrid(network: NetworkResult, spec: GridSpec): string {
  const grid = finiteGrid(network, spec);
  const extent = grid && finiteExtent(grid);
  if (!grid || !extent) return "its predictions over the plotted area are not finite, so no boundary is drawn.";
  const share = grid.filter((p) => p >= 0.5).length / grid.length;
  return (
    `it predicts class 1 on ${formatPercent(share)} of the plotted area, ` +
    `with probabilities from ${formatDecimal(extent[0], 2)} to ${formatDecimal(extent[1], 2)}.`
  );
}

function describeNetwork(result: ComparisonResult, side: Side, label: string): string {
  const network = result.networks[side];
  const note = divergenceNote(network);
  const prefix = note === null ? "" : `${label} ${note}, so it is shown with the weights it had before that epoch. `;
  return `${prefix}${describeAccuracy(result, network, label)}; ${describeGrid(network, result.gridSpec)}`;
}

/**
 * Draws each network's predicted probability over the plane, its 0.5
 * boundary and the test points, one panel per network and one step per panel.
 */
export const boundariesSteps: FigureSteps = function* (result, context) {
  const labels = networkLabels(result);
  const width = figureWidth(context);
  const entries: LegendEntry[] = [
    { label: `${classLabel(0)} test point`, symbol: "circle", color: classColors[0] },
    { label: `${classLabel(1)} test point`, symbol: "circle", color: classColors[1] },
    ...sides.map((side): LegendEntry => ({ label: `${labels[side]} boundary (p = 0.5)`, symbol: "line", color: sideColors[side].text })),
  ];
  // Each panel costs a browser 10 to 20 ms, and the legends and the assembly about as much again, so each gets a step.
  const panels: Element[] = [];
  for (const side of sides) {
    panels.push(renderPanel(result, side, labels[side], context));
    yield;
  }
  const element = figureGroup(context.document, TITLE, [
    legendStrip(context, entries, panelWidth(context, 2)),
    renderShadingLegend(context, width),
    panelRow(context.document, panels),
  ]);
  finishFigure(element, context.idPrefix ?? "boundaries");

  const accuracies = sides.map((side) => `${labels[side]} ${formatPercent(result.networks[side].testAccuracy)}`);
  return {
    element,
    title: TITLE,
    caption:
      `Shading: predicted probability of class 1; line: the 0.5 decision boundary; dots: the ${result.test.y.length} test points. ` +
      `Test accuracy: ${accuracies.join(", ")}.`,
    description: sides.map((side) => describeNetwork(result, side, labels[side])).join(" "),
  };
};

export const renderBoundaries = runSteps(boundariesSteps);
