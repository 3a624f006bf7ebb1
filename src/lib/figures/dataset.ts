import * as Plot from "@observablehq/plot";
import type { ComparisonResult } from "../experiments/result.ts";
import { formatDecimal } from "./format.ts";
import { classLabel } from "./labels.ts";
import { legendHeight, legendMarks, type LegendEntry } from "./legend.ts";
import { classColors, textColor } from "./palette.ts";
import { baseOptions, figureWidth } from "./plot-options.ts";
import { countClass, finiteExtent, pointsOfClass } from "./points.ts";
import { finishFigure, labelSvg } from "./svg.ts";
import type { FigureRenderer } from "./types.ts";

const TITLE = "The two-moons data set";
const DOT_RADIUS = 3;

const legendEntries: readonly LegendEntry[] = [
  { label: classLabel(0), symbol: "circle", color: classColors[0] },
  { label: classLabel(1), symbol: "circle", color: classColors[1] },
  { label: "Training point", symbol: "ring", color: textColor },
  { label: "Test point", symbol: "circle", color: textColor },
];

function pointMarks(result: ComparisonResult): Plot.Markish[] {
  return ([0, 1] as const).flatMap((label) => [
    Plot.dot(pointsOfClass(result.train, label), {
      x: "0",
      y: "1",
      r: DOT_RADIUS,
      stroke: classColors[label],
      strokeWidth: 1.2,
      fill: "none",
    }),
    Plot.dot(pointsOfClass(result.test, label), { x: "0", y: "1", r: DOT_RADIUS, fill: classColors[label] }),
  ]);
}

function describeRange(name: string, values: number[]): string {
  const extent = finiteExtent(values);
  return extent ? `${name} runs from ${formatDecimal(extent[0], 2)} to ${formatDecimal(extent[1], 2)}` : `${name} has no finite value`;
}

function describeDataset(result: ComparisonResult): string {
  const { train, test, config } = result;
  const all = [...train.x, ...test.x];
  const split = (name: string, set: typeof train): string =>
    `${set.y.length} ${name} points (${countClass(set, 0)} of class 0, ${countClass(set, 1)} of class 1)`;
  return (
    `The data set has ${all.length} points on two interleaving half-moons with Gaussian noise of standard deviation ` +
    `${config.noise}, standardized to zero mean and unit variance per feature: ${split("training", train)} and ` +
    `${split("test", test)}. ${describeRange("x1", all.map((point) => point[0]))}, and ` +
    `${describeRange("x2", all.map((point) => point[1]))}.`
  );
}

/** Draws every point of the data set, colored by class, with training points as rings and test points as dots. */
export const renderDataset: FigureRenderer = (result, context) => {
  const width = figureWidth(context);
  const marginLeft = 52;
  const marginTop = legendHeight(legendEntries, width - marginLeft) + 12;
  const svg = Plot.plot({
    ...baseOptions(context, TITLE),
    width,
    height: Math.round(width * 0.7),
    marginLeft,
    marginTop,
    marginBottom: 40,
    grid: true,
    x: { label: "x₁ (standardized)", labelArrow: "none", labelAnchor: "center" },
    y: { label: "x₂ (standardized)", labelArrow: "none", labelAnchor: "center" },
    marks: [...pointMarks(result), ...legendMarks(legendEntries, width - marginLeft, -marginTop + 10)],
  });
  labelSvg(svg, TITLE);
  finishFigure(svg, context.idPrefix ?? "dataset");

  const caption =
    `The two moons after standardization: ${result.train.y.length} training points (rings) and ` +
    `${result.test.y.length} test points (dots), colored by class.`;
  return { element: svg, title: TITLE, caption, description: describeDataset(result) };
};
