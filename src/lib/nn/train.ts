import type { Dataset } from "../data/moons.ts";
import { createWorkspace, forward, type Workspace } from "./forward.ts";
import { binaryCrossEntropy } from "./loss.ts";
import type { Network } from "./network.ts";

export interface TrainOptions {
  learningRate: number;
  batchSize: number;
}

/**
 * Mini-batch gradient descent on binary cross-entropy for one network and one
 * training set. All buffers are allocated here, once, so `trainEpoch` and
 * `trainBatch` allocate nothing.
 */
export class Trainer {
  private readonly workspace: Workspace;
  private readonly labels: Uint8Array;
  private readonly deltas: Float64Array[];
  private readonly batchLosses: Float64Array;

  constructor(
    readonly network: Network,
    private readonly data: Dataset,
    private readonly options: TrainOptions,
  ) {
    const { batchSize, learningRate } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learning rate must be a positive finite number, got ${learningRate}`);
    this.workspace = createWorkspace(network, batchSize);
    this.labels = new Uint8Array(batchSize);
    this.deltas = network.layers.map((layer) => new Float64Array(batchSize * layer.outputs));
    this.batchLosses = new Float64Array(Math.ceil(data.y.length / batchSize));
  }

  /** Trains on the rows of `order` in consecutive batches and returns the mean of the batch losses. */
  trainEpoch(order: Int32Array): number {
    const { batchSize } = this.options;
    let batches = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      const end = Math.min(start + batchSize, order.length);
      this.batchLosses[batches++] = this.trainBatch(order, start, end);
    }
    let sum = 0;
    for (let b = 0; b < batches; b++) sum += this.batchLosses[b]!;
    return sum / batches;
  }

  /** Takes one gradient step on rows `order[start .. end)` and returns the loss before the step. */
  trainBatch(order: Int32Array, start: number, end: number): number {
    const rows = end - start;
    const { input } = this.workspace;
    for (let i = 0; i < rows; i++) {
      const row = order[start + i]!;
      input[2 * i] = this.data.x[2 * row]!;
      input[2 * i + 1] = this.data.x[2 * row + 1]!;
      this.labels[i] = this.data.y[row]!;
    }
    forward(this.network, this.workspace, rows);
    const output = this.workspace.a[this.workspace.a.length - 1]!;
    const loss = binaryCrossEntropy(output, this.labels, rows);
    this.backward(rows);
    return loss;
  }

  /**
   * Backpropagates the cross-entropy gradient of the output (`(p - y) / n`,
   * ignoring the logarithm guard) and updates each layer right after its
   * gradient towards the layer below has been computed with its old weights.
   */
  private backward(rows: number): void {
    const { layers, activation } = this.network;
    const { z, a, input } = this.workspace;
    const { learningRate } = this.options;
    const top = layers.length - 1;
    const outputDelta = this.deltas[top]!;
    const output = a[top]!;
    for (let i = 0; i < rows; i++) outputDelta[i] = (output[i]! - this.labels[i]!) / rows;

    for (let l = top; l >= 0; l--) {
      const { inputs, outputs, weights, biases } = layers[l]!;
      const delta = this.deltas[l]!;
      const below = l === 0 ? input : a[l - 1]!;

      if (l > 0) {
        const deltaBelow = this.deltas[l - 1]!;
        for (let i = 0; i < rows; i++) {
          for (let k = 0; k < inputs; k++) {
            let sum = 0;
            for (let j = 0; j < outputs; j++) sum += delta[i * outputs + j]! * weights[k * outputs + j]!;
            deltaBelow[i * inputs + k] = sum;
          }
        }
        activation.backward(z[l - 1]!, a[l - 1]!, deltaBelow, rows * inputs);
      }

      for (let k = 0; k < inputs; k++) {
        for (let j = 0; j < outputs; j++) {
          let sum = 0;
          for (let i = 0; i < rows; i++) sum += below[i * inputs + k]! * delta[i * outputs + j]!;
          weights[k * outputs + j] = weights[k * outputs + j]! - learningRate * sum;
        }
      }
      for (let j = 0; j < outputs; j++) {
        let sum = 0;
        for (let i = 0; i < rows; i++) sum += delta[i * outputs + j]!;
        biases[j] = biases[j]! - learningRate * sum;
      }
    }
  }
}
