import type { Dataset } from "../data/moons.ts";
import { createWorkspace, forward, predict } from "./forward.ts";
import type { Network } from "./network.ts";

/** Returns the activations of every hidden layer for each row of `points`, row-major (rows x width). */
export function hiddenActivations(network: Network, points: Float64Array): Float64Array[] {
  const rows = points.length / 2;
  const workspace = createWorkspace(network, Math.max(rows, 1));
  workspace.input.set(points);
  forward(network, workspace, rows);
  return workspace.a.slice(0, -1).map((values, l) => values.slice(0, rows * network.layers[l]!.outputs));
}

/** Returns the population standard deviation of all hidden activations of each layer over `points`. */
export function hiddenStd(network: Network, points: Float64Array): number[] {
  return hiddenActivations(network, points).map(standardDeviation);
}

export function standardDeviation(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2;
  return Math.sqrt(squares / values.length);
}

/**
 * Returns the mean absolute value of each stage of one point's forward pass:
 * `z1, a1, z2, a2, ..., z_out`, so a 2-8-8-1 network gives five numbers.
 */
export function signalTrace(network: Network, point: readonly [number, number]): number[] {
  const workspace = createWorkspace(network, 1);
  workspace.input.set(point);
  forward(network, workspace, 1);
  const trace: number[] = [];
  network.layers.forEach((layer, l) => {
    trace.push(meanAbsolute(workspace.z[l]!, layer.outputs));
    if (l < network.layers.length - 1) trace.push(meanAbsolute(workspace.a[l]!, layer.outputs));
  });
  return trace;
}

function meanAbsolute(values: Float64Array, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i++) sum += Math.abs(values[i]!);
  return sum / length;
}

/** Returns the fraction of rows whose predicted class (probability >= 0.5) equals the label. */
export function accuracy(network: Network, data: Dataset): number {
  const probabilities = predict(network, data.x);
  let correct = 0;
  for (let i = 0; i < probabilities.length; i++) {
    if ((probabilities[i]! >= 0.5 ? 1 : 0) === data.y[i]) correct++;
  }
  return correct / probabilities.length;
}

/** Returns the row of class `label` farthest (Euclidean) from `anchor`; the first one on ties. */
export function farthestPoint(data: Dataset, label: number, anchor: readonly [number, number]): [number, number] {
  let best: [number, number] | undefined;
  let bestDistance = -Infinity;
  for (let i = 0; i < data.y.length; i++) {
    if (data.y[i] !== label) continue;
    const x = data.x[2 * i]!;
    const y = data.x[2 * i + 1]!;
    const distance = Math.hypot(x - anchor[0], y - anchor[1]);
    if (distance > bestDistance) {
      bestDistance = distance;
      best = [x, y];
    }
  }
  if (!best) throw new RangeError(`no row has label ${label}`);
  return best;
}
