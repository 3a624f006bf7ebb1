import type { Dataset } from "../data/moons.ts";
import type { ActivationName } from "../nn/activations.ts";
import { decisionGrid, GRID_STEP, gridAround, type GridSpec } from "../nn/grid.ts";
import { accuracy, farthestPoint, hiddenActivations, hiddenStd, signalTrace } from "../nn/probes.ts";
import type { Comparison, Contender } from "./comparison.ts";
import type { ComparisonConfig } from "./config.ts";

/** Points as plain arrays: `x[i]` is `[x1, x2]`, `y[i]` its class (0 or 1). */
export interface PointSet {
  x: [number, number][];
  y: number[];
}

/** Measurements of one trained network, in plain arrays so that they survive JSON and `postMessage`. */
export interface NetworkResult {
  activation: ActivationName;
  init: "he" | "xavier";
  /** Mean batch loss of each epoch trained. */
  lossHistory: number[];
  /** Loss of the last epoch trained, or null when not one epoch finished. */
  finalLoss: number | null;
  /** 1-based epoch where training diverged (a non-finite loss or weight), or null. */
  divergedAt: number | null;
  trainAccuracy: number;
  testAccuracy: number;
  /** Population standard deviation of each hidden layer's activations over the test set. */
  hiddenStd: number[];
  /** Mean absolute z1, a1, z2, a2, ..., z_out for the far point of each class. */
  signalTrace: { class0: number[]; class1: number[] };
  /** Test-set activations of the first two units of each hidden layer: `[layer][unit][point]`. */
  hiddenUnits: number[][][];
  /** Predicted probability of class 1 at each node of the result's grid, row by row. */
  grid: number[];
}

export interface ComparisonResult {
  config: ComparisonConfig;
  /** Epochs trained so far. */
  epoch: number;
  train: PointSet;
  test: PointSet;
  /** Training points farthest from the other moon, one per class, traced layer by layer. */
  farPoints: { class0: [number, number]; class1: [number, number] };
  gridSpec: GridSpec;
  networks: [NetworkResult, NetworkResult];
}

// Anchors near the inner tips of the two standardized moons; the far points lie deepest in each moon.
const CLASS0_ANCHOR: [number, number] = [-1.2, -0.3];
const CLASS1_ANCHOR: [number, number] = [1.2, 0.3];

export function toPointSet(data: Dataset): PointSet {
  const x: [number, number][] = [];
  for (let i = 0; i < data.y.length; i++) x.push([data.x[2 * i]!, data.x[2 * i + 1]!]);
  return { x, y: Array.from(data.y) };
}

export function farPointsOf(train: Dataset): ComparisonResult["farPoints"] {
  return { class0: farthestPoint(train, 0, CLASS0_ANCHOR), class1: farthestPoint(train, 1, CLASS1_ANCHOR) };
}

function summarizeNetwork(
  contender: Contender,
  comparison: Comparison,
  farPoints: ComparisonResult["farPoints"],
  gridSpec: GridSpec,
): NetworkResult {
  const { network, lossHistory, divergedAt } = contender;
  const layers = hiddenActivations(network, comparison.test.x);
  const rows = comparison.test.y.length;
  const hiddenUnits = layers.map((values, l) => {
    const width = network.layers[l]!.outputs;
    const units: number[][] = [];
    for (let unit = 0; unit < Math.min(2, width); unit++) {
      const column: number[] = [];
      for (let i = 0; i < rows; i++) column.push(values[i * width + unit]!);
      units.push(column);
    }
    return units;
  });
  return {
    activation: network.activation.name,
    init: network.init,
    lossHistory: lossHistory.slice(),
    finalLoss: lossHistory.length > 0 ? lossHistory[lossHistory.length - 1]! : null,
    divergedAt,
    trainAccuracy: accuracy(network, comparison.train),
    testAccuracy: accuracy(network, comparison.test),
    hiddenStd: hiddenStd(network, comparison.test.x),
    signalTrace: { class0: signalTrace(network, farPoints.class0), class1: signalTrace(network, farPoints.class1) },
    hiddenUnits,
    grid: Array.from(decisionGrid(network, gridSpec)),
  };
}

/**
 * Measures both networks in their current state, with the decision grid at
 * `gridStep` spacing. A diverged network is measured with the weights it had
 * before the epoch that diverged.
 */
export function summarize(comparison: Comparison, gridStep = GRID_STEP): ComparisonResult {
  const farPoints = farPointsOf(comparison.train);
  const gridSpec = gridAround(comparison.test, gridStep);
  const [first, second] = comparison.contenders;
  return {
    config: structuredClone(comparison.config),
    epoch: comparison.epoch,
    train: toPointSet(comparison.train),
    test: toPointSet(comparison.test),
    farPoints,
    gridSpec,
    networks: [
      summarizeNetwork(first, comparison, farPoints, gridSpec),
      summarizeNetwork(second, comparison, farPoints, gridSpec),
    ],
  };
}
