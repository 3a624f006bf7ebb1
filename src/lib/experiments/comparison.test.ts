import { beforeAll, describe, expect, test } from "vitest";
import { loadReference, populationStd, referenceStages, type ReferenceRun } from "../../../tests/helpers/reference.ts";
import type { Network } from "../nn/network.ts";
import { createRandom } from "../random/seed.ts";
import { Comparison } from "./comparison.ts";
import { articleConfig } from "./config.ts";
import { summarize, type ComparisonResult } from "./result.ts";

const names = ["sigmoid", "relu"] as const;

function maxDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): number {
  expect(actual.length).toBe(expected.length);
  let max = 0;
  for (let i = 0; i < expected.length; i++) max = Math.max(max, Math.abs(actual[i]! - expected[i]!));
  return max;
}

function flatWeights(network: Network, layer: number): Float64Array {
  return network.layers[layer]!.weights;
}

describe("Comparison", () => {
  test("stops when both networks diverge", () => {
    const comparison = new Comparison({ ...structuredClone(articleConfig), activations: ["leaky-relu", "leaky-relu"], learningRate: 10, epochs: 50 });
    comparison.run();
    expect(comparison.done).toBe(true);
    expect(comparison.epoch).toBe(4);
    expect(comparison.contenders.map((contender) => contender.divergedAt)).toEqual([4, 4]);
  });
});

describe("article experiment against the NumPy reference", () => {
  let reference: ReferenceRun;
  let untrained: Comparison;
  let trained: Comparison;
  let result: ComparisonResult;
  const orders: Int32Array[] = [];

  beforeAll(() => {
    reference = loadReference();
    untrained = new Comparison(structuredClone(articleConfig));
    trained = new Comparison(structuredClone(articleConfig));
    // Replays the generator that draws the epoch orders, which starts after the second network's weights.
    const random = createRandom(articleConfig.seed);
    for (let i = 0; i < 2 * 8 + 8 * 8 + 8; i++) random.normal();
    for (let epoch = 0; epoch < articleConfig.epochs; epoch++) orders.push(random.permutation(300));
    trained.run();
    result = summarize(trained);
  });

  test("standardized data and split", () => {
    expect(maxDifference(untrained.train.x, reference.X_train.flat())).toBeLessThan(1e-12);
    expect(maxDifference(untrained.test.x, reference.X_test.flat())).toBeLessThan(1e-12);
    expect(Array.from(untrained.train.y)).toEqual(reference.y_train);
    expect(Array.from(untrained.test.y)).toEqual(reference.y_test);
  });

  test("initial weights and zero biases", () => {
    names.forEach((name, side) => {
      const network = untrained.contenders[side]!.network;
      const params = reference.initial_params[name];
      [params.W1, params.W2, params.W3].forEach((weights, layer) => {
        expect(maxDifference(flatWeights(network, layer), weights.flat())).toBeLessThan(1e-12);
      });
      for (const layer of network.layers) expect(layer.biases.every((bias) => bias === 0)).toBe(true);
    });
  });

  test("all epoch orders", () => {
    expect(orders).toHaveLength(reference.epoch_orders.length);
    orders.forEach((order, epoch) => expect(Array.from(order)).toEqual(reference.epoch_orders[epoch]));
  });

  test("all epoch losses of both nets", () => {
    names.forEach((name, side) => {
      const history = trained.contenders[side]!.lossHistory;
      expect(history).toHaveLength(800);
      expect(maxDifference(history, reference.loss_history[name])).toBeLessThan(1e-9);
    });
  });

  test("final weights", () => {
    names.forEach((name, side) => {
      const network = trained.contenders[side]!.network;
      const params = reference.final_params[name];
      [params.W1, params.W2, params.W3].forEach((weights, layer) => {
        expect(maxDifference(flatWeights(network, layer), weights.flat())).toBeLessThan(1e-9);
      });
    });
  });

  test("test and train accuracy", () => {
    const [sigmoid, relu] = result.networks;
    expect(sigmoid.testAccuracy).toBe(0.79);
    expect(relu.testAccuracy).toBe(0.96);
    expect(sigmoid.trainAccuracy).toBe(reference.summary.sigmoid.train_acc);
    expect(relu.trainAccuracy).toBe(reference.summary.relu.train_acc);
  });

  test("far points", () => {
    expect(maxDifference(result.farPoints.class0, reference.far_points.class0)).toBeLessThan(1e-12);
    expect(maxDifference(result.farPoints.class1, reference.far_points.class1)).toBeLessThan(1e-12);
  });

  test("hidden standard deviations from the reference weights", () => {
    names.forEach((name, side) => {
      const params = reference.final_params[name];
      const stages = reference.X_test.map((point) => referenceStages(params, name, point));
      const layer1 = stages.flatMap((stage) => stage[1]!);
      const layer2 = stages.flatMap((stage) => stage[3]!);
      expect(maxDifference(result.networks[side]!.hiddenStd, [populationStd(layer1), populationStd(layer2)])).toBeLessThan(1e-9);
    });
  });

  test("signal traces from the reference weights", () => {
    names.forEach((name, side) => {
      const params = reference.final_params[name];
      const trace = (point: number[]) =>
        referenceStages(params, name, point).map((stage) => stage.reduce((sum, value) => sum + Math.abs(value), 0) / stage.length);
      expect(maxDifference(result.networks[side]!.signalTrace.class0, trace(reference.far_points.class0))).toBeLessThan(1e-9);
      expect(maxDifference(result.networks[side]!.signalTrace.class1, trace(reference.far_points.class1))).toBeLessThan(1e-9);
    });
  });

  test("rounded numbers of the reference summary", () => {
    names.forEach((name, side) => {
      const network = result.networks[side]!;
      const summary = reference.summary[name];
      // The reference summary rounds stds to 4 places and traces to 3.
      expect(maxDifference(network.hiddenStd, summary.hidden_std)).toBeLessThanOrEqual(5e-5);
      expect(maxDifference(network.signalTrace.class0, summary.trace_far0)).toBeLessThanOrEqual(5e-4);
      expect(maxDifference(network.signalTrace.class1, summary.trace_far1)).toBeLessThanOrEqual(5e-4);
    });
  });
});
