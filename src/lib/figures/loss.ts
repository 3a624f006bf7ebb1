import * as Plot from "@observablehq/plot";
import type { NetworkResult } from "../experiments/result.ts";
import { formatDecimal, formatShort } from "./format.ts";
import { divergenceNote, networkLabels, sides, type Side } from "./labels.ts";
import { mutedColor, sideColors, sideDashes } from "./palette.ts";
import { axisTop, baseOptions, figureWidth } from "./plot-options.ts";
import { finishFigure, labelSvg } from "./svg.ts";
import type { FigureRenderer } from "./types.ts";

const TITLE = "Training loss per epoch";
const MARGIN_TOP = 20;
const MARGIN_BOTTOM = 40;
const LABEL_HEIGHT = 28;
const CHAR_WIDTH = 5.8;
/** Share of its final value that the loss may still move after the epoch where it counts as levelled off. */
const PLATEAU_TOLERANCE = 0.1;

interface LossPoint {
  epoch: number;
  loss: number;
}

function lossPoints(network: NetworkResult): LossPoint[] {
  return network.lossHistory.map((loss, i) => ({ epoch: i + 1, loss })).filter((point) => Number.isFinite(point.loss));
}

/**
 * Returns the first epoch after which the loss stays within 10% of its last
 * value, or null. The tolerance is relative to the last value, so a loss that
 * still halves late in training does not count as levelled off.
 */
export function plateauEpoch(points: readonly LossPoint[]): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || first.loss === last.loss) return null;
  const tolerance = PLATEAU_TOLERANCE * Math.abs(last.loss);
  for (let i = points.length - 1; i >= 0; i--) {
    if (Math.abs(points[i]!.loss - last.loss) > tolerance) return points[i + 1]?.epoch ?? null;
  }
  return first.epoch;
}

function endLabel(label: string, network: NetworkResult): string {
  const note = divergenceNote(network);
  if (note !== null) return `${label}\n${note}`;
  return network.finalLoss === null ? label : `${label}\nfinal: ${formatDecimal(network.finalLoss, 4)}`;
}

/** Returns the note shown in place of a line for a network without a finite loss. */
function missingLineNote(label: string, network: NetworkResult): string {
  const note = divergenceNote(network);
  return note === null ? `${label}: no epoch finished yet` : `${label} ${note}`;
}

/** Returns the vertical offsets that keep the two end labels at least `LABEL_HEIGHT` pixels apart. */
function labelOffsets(ends: readonly (number | null)[]): [number, number] {
  const [a, b] = ends;
  if (a == null || b == null || Math.abs(a - b) >= LABEL_HEIGHT) return [0, 0];
  const push = (LABEL_HEIGHT - Math.abs(a - b)) / 2;
  return a <= b ? [-push, push] : [push, -push];
}

function describeNetwork(label: string, network: NetworkResult): string {
  const points = lossPoints(network);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return network.divergedAt !== null ? `${label} diverged at epoch ${network.divergedAt} before finishing an epoch.` : `${label} has no loss yet.`;
  }
  let trend = "stays";
  if (last.loss < first.loss) trend = "falls";
  if (last.loss > first.loss) trend = "rises";
  let sentence = `${label}: the loss ${trend} from ${formatShort(first.loss)} at epoch ${first.epoch} to ${formatShort(last.loss)} at epoch ${last.epoch}`;
  const plateau = plateauEpoch(points);
  if (network.divergedAt !== null) {
    sentence += `, then the network diverged at epoch ${network.divergedAt}`;
  } else if (plateau !== null && plateau <= first.epoch + 0.8 * (last.epoch - first.epoch)) {
    sentence += ` and levels off from about epoch ${plateau > 100 ? Math.round(plateau / 10) * 10 : plateau}`;
  } else if (trend === "falls") {
    sentence += " and is still falling at the end";
  }
  return `${sentence}.`;
}

function describeFinal(label: string, network: NetworkResult): string {
  const note = divergenceNote(network);
  if (note !== null) return `${label} ${note}`;
  return network.finalLoss === null ? `${label} has no loss yet` : `${label} ${formatDecimal(network.finalLoss, 4)}`;
}

/** Draws the training loss of both networks per epoch, each line labelled at its end with its final value. */
export const renderLoss: FigureRenderer = (result, context) => {
  const labels = networkLabels(result);
  const series = result.networks.map(lossPoints);
  const width = figureWidth(context);
  const height = Math.round(width * 0.55);
  const top = axisTop(Math.max(0, ...series.flat().map((point) => point.loss)));
  const lastEpoch = Math.max(1, result.config.epochs, ...series.map((points) => points.length));
  const endLabels = sides.map((side) => endLabel(labels[side], result.networks[side]));
  const marginRight = 16 + CHAR_WIDTH * Math.max(...endLabels.flatMap((text) => text.split("\n").map((line) => line.length)));

  const innerHeight = height - MARGIN_TOP - MARGIN_BOTTOM;
  const ends = series.map((points) => {
    const end = points[points.length - 1];
    return end ? (1 - end.loss / top) * innerHeight : null;
  });
  const offsets = labelOffsets(ends);

  const sideMarks = (side: Side): Plot.Markish[] => {
    const points = series[side]!;
    const end = points.slice(-1);
    const colors = sideColors[side];
    return [
      Plot.line(points, { x: "epoch", y: "loss", stroke: colors.mark, strokeWidth: 2, strokeDasharray: sideDashes[side] }),
      Plot.text(end, { x: "epoch", y: "loss", text: () => endLabels[side], textAnchor: "start", dx: 6, dy: offsets[side], fill: colors.text }),
    ];
  };
  const missing = sides.filter((side) => series[side]!.length === 0).map((side) => missingLineNote(labels[side], result.networks[side]));
  const missingNote = missing.length > 0 ? [missing.join("\n")] : [];

  const svg = Plot.plot({
    ...baseOptions(context, TITLE),
    width,
    height,
    marginTop: MARGIN_TOP,
    marginBottom: MARGIN_BOTTOM,
    marginLeft: 52,
    marginRight,
    grid: true,
    x: { domain: [1, lastEpoch], label: "Epoch", labelArrow: "none", labelAnchor: "center" },
    y: { domain: [0, top], label: "Training loss", labelArrow: "none", labelAnchor: "center" },
    marks: [
      ...sideMarks(0),
      ...sideMarks(1),
      Plot.text(missingNote, { frameAnchor: "top-right", dx: -8, dy: 8, lineAnchor: "top", text: (note: string) => note, textAnchor: "end", fill: mutedColor }),
    ],
  });
  labelSvg(svg, TITLE);
  finishFigure(svg, context.idPrefix ?? "loss");

  const finals = sides.map((side) => describeFinal(labels[side], result.networks[side]));
  return {
    element: svg,
    title: TITLE,
    caption: `Mean binary cross-entropy of each training epoch. Final loss: ${finals.join(", ")}.`,
    description: sides.map((side) => describeNetwork(labels[side], result.networks[side])).join(" "),
  };
};
