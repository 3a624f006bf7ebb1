import { logistic } from "./activations.ts";
import { denseForward, type DenseForward } from "./kernels.ts";
import type { Network } from "./network.ts";

/**
 * Buffers for the pre-activations `z` and activations `a` of every layer for
 * up to `capacity` rows, reused across calls so that passes allocate nothing.
 */
export interface Workspace {
  capacity: number;
  input: Float64Array;
  z: Float64Array[];
  a: Float64Array[];
  kernels: DenseForward[];
}

export function createWorkspace(network: Network, capacity: number): Workspace {
  const first = network.layers[0]!;
  return {
    capacity,
    input: new Float64Array(capacity * first.inputs),
    z: network.layers.map((layer) => new Float64Array(capacity * layer.outputs)),
    a: network.layers.map((layer) => new Float64Array(capacity * layer.outputs)),
    kernels: network.layers.map((layer) => denseForward(layer.inputs, layer.outputs)),
  };
}

/**
 * Runs the first `rows` rows of `workspace.input` through the network. Hidden
 * layers apply the network's activation and the output layer a sigmoid, so
 * the last entry of `workspace.a` contains the predicted probability of class 1.
 */
export function forward(network: Network, workspace: Workspace, rows: number): void {
  const layers = network.layers;
  let input = workspace.input;
  for (let l = 0; l < layers.length; l++) {
    const { outputs, weights, biases } = layers[l]!;
    const z = workspace.z[l]!;
    const a = workspace.a[l]!;
    workspace.kernels[l]!(input, weights, biases, z, rows);
    const length = rows * outputs;
    if (l === layers.length - 1) {
      for (let i = 0; i < length; i++) a[i] = logistic(z[i]!);
    } else {
      const { value } = network.activation;
      for (let i = 0; i < length; i++) a[i] = value(z[i]!);
    }
    input = a;
  }
}

/** Returns the predicted probability of class 1 for each row of `points` (row-major pairs). */
export function predict(network: Network, points: Float64Array, chunk = 1024): Float64Array {
  const count = points.length / 2;
  const result = new Float64Array(count);
  const workspace = createWorkspace(network, Math.min(chunk, Math.max(count, 1)));
  const output = workspace.a[workspace.a.length - 1]!;
  for (let start = 0; start < count; start += workspace.capacity) {
    const rows = Math.min(workspace.capacity, count - start);
    workspace.input.set(points.subarray(2 * start, 2 * (start + rows)));
    forward(network, workspace, rows);
    result.set(output.subarray(0, rows), start);
  }
  return result;
}
