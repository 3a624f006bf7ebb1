import { describe, expect, test } from "vitest";
import { createRandom } from "../random/seed.ts";
import { activationNames, type ActivationName } from "./activations.ts";
import { predict } from "./forward.ts";
import { binaryCrossEntropy } from "./loss.ts";
import { cloneNetwork, createNetwork, type Network } from "./network.ts";
import { genericTrainStep, trainStepFor } from "./step.ts";

const rows = 6;

function batch(seed: number): { input: Float64Array; labels: Uint8Array } {
  const random = createRandom(seed);
  const input = new Float64Array(2 * rows).map(() => 2 * random.normal());
  const labels = new Uint8Array(rows).map((_, i) => i % 2);
  return { input, labels };
}

function sizesOf(network: Network): number[] {
  return [network.layers[0]!.inputs, ...network.layers.map((layer) => layer.outputs)];
}

function lossOf(network: Network, input: Float64Array, labels: Uint8Array): number {
  return binaryCrossEntropy(predict(network, input), labels, rows);
}

/** Returns the gradient that one step applies: (old - new) / rate, with rate 1. */
function stepGradient(network: Network, input: Float64Array, labels: Uint8Array, generic: boolean): Float64Array[] {
  const copy = cloneNetwork(network);
  const step = generic ? genericTrainStep(sizesOf(copy), copy.activation) : trainStepFor(sizesOf(copy), copy.activation);
  step(copy, input, labels, rows, 1);
  return network.layers.map((layer, l) => layer.weights.map((weight, w) => weight - copy.layers[l]!.weights[w]!));
}

describe.each(activationNames)("training step with %s", (name: ActivationName) => {
  const network = createNetwork(2, [3, 4], name, "article", createRandom(11));
  const { input, labels } = batch(12);

  test("gradient matches central finite differences", () => {
    const gradients = stepGradient(network, input, labels, false);
    const epsilon = 1e-6;
    network.layers.forEach((layer, l) => {
      for (let w = 0; w < layer.weights.length; w++) {
        const probe = cloneNetwork(network);
        probe.layers[l]!.weights[w] = layer.weights[w]! + epsilon;
        const up = lossOf(probe, input, labels);
        probe.layers[l]!.weights[w] = layer.weights[w]! - epsilon;
        const down = lossOf(probe, input, labels);
        const numeric = (up - down) / (2 * epsilon);
        expect(Math.abs(gradients[l]![w]! - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    });
  });

  test("compiled and generic steps agree bit for bit", () => {
    const compiled = cloneNetwork(network);
    const generic = cloneNetwork(network);
    const compiledLoss = trainStepFor(sizesOf(compiled), compiled.activation)(compiled, input, labels, rows, 0.1);
    const genericLoss = genericTrainStep(sizesOf(generic), generic.activation)(generic, input, labels, rows, 0.1);
    expect(compiledLoss).toBe(genericLoss);
    compiled.layers.forEach((layer, l) => {
      expect(Array.from(layer.weights)).toEqual(Array.from(generic.layers[l]!.weights));
      expect(Array.from(layer.biases)).toEqual(Array.from(generic.layers[l]!.biases));
    });
  });

  test("returned loss is the loss before the update", () => {
    const copy = cloneNetwork(network);
    const before = lossOf(copy, input, labels);
    const returned = trainStepFor(sizesOf(copy), copy.activation)(copy, input, labels, rows, 0.1);
    expect(returned).toBeCloseTo(before, 14);
    expect(lossOf(copy, input, labels)).toBeLessThan(before);
  });
});
