import type { Dataset } from "../data/moons.ts";
import type { Network } from "./network.ts";
import { trainStepFor, type TrainStep } from "./step.ts";

export interface TrainOptions {
  learningRate: number;
  batchSize: number;
}

/**
 * Mini-batch gradient descent on binary cross-entropy for one network and one
 * training set. Buffers are allocated once, here, so `trainEpoch` and
 * `trainBatch` allocate nothing.
 */
export class Trainer {
  private readonly step: TrainStep;
  private readonly input: Float64Array;
  private readonly labels: Uint8Array;
  private readonly batchLosses: Float64Array;

  constructor(
    readonly network: Network,
    private readonly data: Dataset,
    private readonly options: TrainOptions,
  ) {
    const { batchSize, learningRate } = options;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
    if (!(learningRate > 0) || !Number.isFinite(learningRate)) throw new RangeError(`learning rate must be a positive finite number, got ${learningRate}`);
    const sizes = [network.layers[0]!.inputs, ...network.layers.map((layer) => layer.outputs)];
    this.step = trainStepFor(sizes, network.activation);
    this.input = new Float64Array(2 * batchSize);
    this.labels = new Uint8Array(batchSize);
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
    for (let i = 0; i < rows; i++) {
      const row = order[start + i]!;
      this.input[2 * i] = this.data.x[2 * row]!;
      this.input[2 * i + 1] = this.data.x[2 * row + 1]!;
      this.labels[i] = this.data.y[row]!;
    }
    return this.step(this.network, this.input, this.labels, rows, this.options.learningRate);
  }
}
