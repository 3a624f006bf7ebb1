import * as Plot from "@observablehq/plot";
import type { ComparisonResult } from "../experiments/result.ts";
import { formatDecimal, formatShort } from "./format.ts";
import { divergenceNote, networkLabels, sides, stageLabels, type Side } from "./labels.ts";
import { figureGroup, panelRow } from "./layout.ts";
import { legendStrip, type LegendEntry } from "./legend.ts";
import { background, sideColors, sideDashes } from "./palette.ts";
import { axisTop, baseOptions, panelWidth } from "./plot-options.ts";
import { finiteExtent } from "./points.ts";
import { finishFigure, labelSvg } from "./svg.ts";
import { runSteps, type FigureContext, type FigureSteps } from "./types.ts";

const TITLE = "Signal magnitude layer by layer";
const MARGIN = { top: 28, right: 16, bottom: 36, left: 44 };
const symbols = ["circle", "square"] as const;
/** Factor between the extreme values and the ends of a logarithmic axis, leaving room for the value labels. */
const LOG_MARGIN = 1.8;
const classes = ["class0", "class1"] as const;
type ClassKey = (typeof classes)[number];

interface StageValue {
  side: Side;
  stage: string;
  value: number;
  /** True when the label goes above the marker, because this side's value is the higher one at this stage. */
  above: boolean;
}

function farPointText(result: ComparisonResult, key: ClassKey): string {
  const [x1, x2] = result.farPoints[key];
  return `(${formatDecimal(x1, 2)}, ${formatDecimal(x2, 2)})`;
}

function stageValues(result: ComparisonResult, key: ClassKey, stages: readonly string[]): StageValue[] {
  const traces = result.networks.map((network) => network.signalTrace[key]);
  return sides.flatMap((side) =>
    stages.flatMap((stage, i): StageValue[] => {
      const value = traces[side]![i];
      if (value === undefined || !Number.isFinite(value)) return [];
      const other = traces[1 - side]![i];
      const above = other === undefined || !Number.isFinite(other) || value > other || (value === other && side === 0);
      return [{ side, stage, value, above }];
    }),
  );
}

function sideMarks(values: readonly StageValue[], side: Side, fontSize: number): Plot.Markish[] {
  const own = values.filter((entry) => entry.side === side);
  const colors = sideColors[side];
  const label = (above: boolean): Plot.Markish =>
    Plot.text(
      own.filter((entry) => entry.above === above),
      {
        x: "stage",
        y: "value",
        text: (entry: StageValue) => formatShort(entry.value),
        dy: above ? -10 : 12,
        fill: colors.text,
        fontSize,
        stroke: background,
        strokeWidth: 3,
        paintOrder: "stroke",
      },
    );
  return [
    Plot.line(own, { x: "stage", y: "value", stroke: colors.mark, strokeWidth: 1.5, strokeDasharray: sideDashes[side] }),
    Plot.dot(own, { x: "stage", y: "value", symbol: symbols[side], r: 4, fill: colors.mark }),
    label(true),
    label(false),
  ];
}

/**
 * Returns the shared y scale of both panels. It is logarithmic when every
 * value is positive, because the magnitudes span orders of magnitude from
 * stage to stage. It is linear from zero when a stage is exactly zero, as a
 * layer of dead ReLU units gives.
 */
function magnitudeScale(result: ComparisonResult): Plot.ScaleOptions {
  const all = result.networks.flatMap((network) => [...network.signalTrace.class0, ...network.signalTrace.class1]).filter(Number.isFinite);
  const extent = finiteExtent(all);
  if (extent === null) return { type: "linear", domain: [0, 1], label: "Mean |value|" };
  const [min, max] = extent;
  if (min > 0) return { type: "log", domain: [min / LOG_MARGIN, max * LOG_MARGIN], label: "Mean |value| (log scale)" };
  return { type: "linear", domain: [0, axisTop(max * 1.15)], label: "Mean |value|" };
}

function renderPanel(result: ComparisonResult, key: ClassKey, y: Plot.ScaleOptions, context: FigureContext): Element {
  const stages = stageLabels(Math.max(...result.networks.map((network) => network.signalTrace[key].length)), "subscript");
  const values = stageValues(result, key, stages);
  const width = panelWidth(context, 2);
  const spacing = (width - MARGIN.left - MARGIN.right) / Math.max(1, stages.length);
  const fontSize = spacing < 36 ? 8 : 10;
  const heading = `Class ${key === "class0" ? 0 : 1} far point ${farPointText(result, key)}`;

  const svg = Plot.plot({
    ...baseOptions(context, heading),
    width,
    height: Math.round(width * 0.8),
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    x: { type: "point", domain: stages, label: "Stage of the forward pass", labelAnchor: "center", padding: 0.4 },
    y: { ...y, labelArrow: "none", labelAnchor: "center", grid: true, tickFormat: "~g" },
    marks: [
      ...sideMarks(values, 0, fontSize),
      ...sideMarks(values, 1, fontSize),
      Plot.text([heading], { frameAnchor: "top-left", dy: -MARGIN.top / 2, textAnchor: "start", fontWeight: "bold", text: (line: string) => line }),
    ],
  });
  return labelSvg(svg, `Signal magnitude for the ${heading}`);
}

function describeTrace(result: ComparisonResult, key: ClassKey, labels: readonly [string, string]): string {
  const stages = stageLabels(Math.max(...result.networks.map((network) => network.signalTrace[key].length)));
  const perSide = sides.map((side) => {
    const network = result.networks[side];
    const numbers = stages.map((stage, i) => `${stage} ${formatShort(network.signalTrace[key][i] ?? Number.NaN)}`).join(", ");
    const note = divergenceNote(network);
    return `${labels[side]}${note === null ? "" : ` (${note})`} ${numbers}`;
  });
  return `For the class ${key === "class0" ? 0 : 1} far point at ${farPointText(result, key)}: ${perSide.join("; ")}.`;
}

/**
 * Draws the mean absolute value of each forward-pass stage for the far point
 * of each class, both networks in each panel, one step per panel.
 */
export const traceSteps: FigureSteps = function* (result, context) {
  const labels = networkLabels(result);
  const y = magnitudeScale(result);
  const entries = sides.map((side): LegendEntry => ({ label: labels[side], symbol: symbols[side], color: sideColors[side].mark }));

  const panels: Element[] = [];
  for (const key of classes) {
    if (panels.length > 0) yield;
    panels.push(renderPanel(result, key, y, context));
  }
  const element = figureGroup(context.document, TITLE, [legendStrip(context, entries, panelWidth(context, 2)), panelRow(context.document, panels)]);
  finishFigure(element, context.idPrefix ?? "trace");

  const stages = stageLabels(Math.max(...result.networks.map((network) => network.signalTrace.class0.length)));
  return {
    element,
    title: TITLE,
    caption:
      `Mean absolute value at each stage of the forward pass (${stages.join(", ")}; z before and a after the activation) ` +
      "for the training point that lies farthest out in each moon.",
    description: classes.map((key) => describeTrace(result, key, labels)).join(" "),
  };
};

export const renderTrace = runSteps(traceSteps);
