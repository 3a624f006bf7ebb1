import { logistic, logisticSource, sourceHelpers, type Activation } from "./activations.ts";
import { canCompile, leftSum, range } from "./kernels.ts";
import { LOG_GUARD } from "./loss.ts";
import type { Network } from "./network.ts";

/**
 * One mini-batch step of gradient descent on binary cross-entropy. For each
 * of the first `rows` rows of `input` (row-major pairs) it runs the forward
 * pass and backpropagates `(p - y) / rows`, the gradient of the loss without
 * its logarithm guard, summing gradients over rows in order. Then it moves
 * every weight and bias by `-rate` times its gradient. Returns the batch's
 * mean loss before the update.
 */
export type TrainStep = (network: Network, input: Float64Array, labels: Uint8Array, rows: number, rate: number) => number;

/** Loops over the network's shape at run time; used where compiling code is not allowed or the network is large. */
export function genericTrainStep(sizes: readonly number[], activation: Activation): TrainStep {
  const layerCount = sizes.length - 1;
  const values = sizes.map((size) => new Float64Array(size));
  const z = sizes.slice(1).map((size) => new Float64Array(size));
  const deltas = sizes.slice(1).map((size) => new Float64Array(size));
  const gradients = range(layerCount).map((l) => new Float64Array(sizes[l]! * sizes[l + 1]!));
  const biasGradients = sizes.slice(1).map((size) => new Float64Array(size));
  const { value, derivative } = activation;

  return (network, input, labels, rows, rate) => {
    for (const gradient of gradients) gradient.fill(0);
    for (const gradient of biasGradients) gradient.fill(0);
    let loss = 0;
    for (let r = 0; r < rows; r++) {
      values[0]![0] = input[2 * r]!;
      values[0]![1] = input[2 * r + 1]!;
      for (let l = 0; l < layerCount; l++) {
        const { inputs, outputs, weights, biases } = network.layers[l]!;
        const below = values[l]!;
        for (let j = 0; j < outputs; j++) {
          let sum = 0;
          for (let k = 0; k < inputs; k++) sum += below[k]! * weights[k * outputs + j]!;
          z[l]![j] = sum + biases[j]!;
          values[l + 1]![j] = l === layerCount - 1 ? logistic(z[l]![j]!) : value(z[l]![j]!);
        }
      }
      const p = values[layerCount]![0]!;
      const y = labels[r]!;
      loss += y === 1 ? Math.log(p + LOG_GUARD) : Math.log(1 - p + LOG_GUARD);
      deltas[layerCount - 1]![0] = (p - y) / rows;

      for (let l = layerCount - 1; l >= 0; l--) {
        const { inputs, outputs, weights } = network.layers[l]!;
        const delta = deltas[l]!;
        const below = values[l]!;
        for (let j = 0; j < outputs; j++) biasGradients[l]![j] = biasGradients[l]![j]! + delta[j]!;
        for (let k = 0; k < inputs; k++) {
          for (let j = 0; j < outputs; j++) {
            gradients[l]![k * outputs + j] = gradients[l]![k * outputs + j]! + below[k]! * delta[j]!;
          }
        }
        if (l === 0) continue;
        for (let k = 0; k < inputs; k++) {
          let sum = 0;
          for (let j = 0; j < outputs; j++) sum += delta[j]! * weights[k * outputs + j]!;
          deltas[l - 1]![k] = sum * derivative(z[l - 1]![k]!, below[k]!);
        }
      }
    }
    network.layers.forEach((layer, l) => {
      for (let w = 0; w < layer.weights.length; w++) layer.weights[w] = layer.weights[w]! - rate * gradients[l]![w]!;
      for (let j = 0; j < layer.outputs; j++) layer.biases[j] = layer.biases[j]! - rate * biasGradients[l]![j]!;
    });
    return -loss / rows;
  };
}

/**
 * Writes the source of a step unrolled over `sizes`: every activation and
 * delta of a row lives in a local variable, the weight gradients in the
 * GRADIENTS arrays. It performs the same operations in the same order as
 * `genericTrainStep`, so results are bit-identical.
 */
function trainStepSource(sizes: readonly number[], activation: Activation): string {
  const layerCount = sizes.length - 1;
  const lines: string[] = [];
  const weights = (l: number, k: number, j: number) => `W${l}[${k * sizes[l + 1]! + j}]`;

  for (let l = 0; l < layerCount; l++) lines.push(`const W${l} = network.layers[${l}].weights, B${l} = network.layers[${l}].biases;`);
  for (let l = 0; l < layerCount; l++) {
    lines.push(`const G${l} = GRADIENTS[${l}]; G${l}.fill(0);`);
    for (const j of range(sizes[l + 1]!)) lines.push(`let c${l}_${j} = 0;`);
  }
  lines.push("let loss = 0;", "for (let r = 0; r < rows; r++) {");
  lines.push("const v0_0 = input[2 * r], v0_1 = input[2 * r + 1];");
  for (let l = 0; l < layerCount; l++) {
    const last = l === layerCount - 1;
    for (const j of range(sizes[l + 1]!)) {
      const sum = leftSum(range(sizes[l]!).map((k) => `v${l}_${k} * ${weights(l, k, j)}`));
      lines.push(`const z${l}_${j} = ${sum} + B${l}[${j}];`);
      const output = last ? logisticSource(`z${l}_${j}`) : activation.source.value(`z${l}_${j}`);
      lines.push(`const v${l + 1}_${j} = ${output};`);
    }
  }
  lines.push(
    `const p = v${layerCount}_0, y = labels[r];`,
    "loss += y === 1 ? Math.log(p + LOG_GUARD) : Math.log(1 - p + LOG_GUARD);",
    `const d${layerCount - 1}_0 = (p - y) / rows;`,
  );
  for (let l = layerCount - 1; l >= 0; l--) {
    for (const j of range(sizes[l + 1]!)) lines.push(`c${l}_${j} = c${l}_${j} + d${l}_${j};`);
    for (const k of range(sizes[l]!)) {
      for (const j of range(sizes[l + 1]!)) lines.push(`G${l}[${k * sizes[l + 1]! + j}] = G${l}[${k * sizes[l + 1]! + j}] + v${l}_${k} * d${l}_${j};`);
    }
    if (l === 0) continue;
    for (const k of range(sizes[l]!)) {
      const sum = leftSum(range(sizes[l + 1]!).map((j) => `d${l}_${j} * ${weights(l, k, j)}`));
      const slope = activation.source.derivative(`z${l - 1}_${k}`, `v${l}_${k}`);
      lines.push(`const d${l - 1}_${k} = ${sum} * (${slope});`);
    }
  }
  lines.push("}");
  for (let l = 0; l < layerCount; l++) {
    for (const k of range(sizes[l]!)) {
      for (const j of range(sizes[l + 1]!)) lines.push(`${weights(l, k, j)} = ${weights(l, k, j)} - rate * G${l}[${k * sizes[l + 1]! + j}];`);
    }
    for (const j of range(sizes[l + 1]!)) lines.push(`B${l}[${j}] = B${l}[${j}] - rate * c${l}_${j};`);
  }
  lines.push("return -loss / rows;");
  return lines.join("\n");
}

// Past about this many weights V8 stops optimizing the unrolled function well and the generic loops win
// (measured with Node 20: 2-16-16-1, 304 weights, runs as fast either way; 2-16-16-16-1 runs ten times slower compiled).
const MAX_COMPILED_WEIGHTS = 256;

const compiled = new Map<string, TrainStep>();

/**
 * Returns the training step for a network shape and activation. Small
 * networks get a step compiled with `new Function` and unrolled over the
 * shape, which runs up to three times faster. Large networks, and pages
 * whose Content Security Policy forbids compiling code, get the generic loops.
 */
export function trainStepFor(sizes: readonly number[], activation: Activation): TrainStep {
  let weightCount = 0;
  for (let l = 0; l + 1 < sizes.length; l++) weightCount += sizes[l]! * sizes[l + 1]!;
  if (!canCompile || weightCount > MAX_COMPILED_WEIGHTS) return genericTrainStep(sizes, activation);

  const key = `${activation.name}:${sizes.join("-")}`;
  let step = compiled.get(key);
  if (!step) {
    const helperNames = Object.keys(sourceHelpers);
    const source = `return function trainStep(network, input, labels, rows, rate) {\n${trainStepSource(sizes, activation)}\n};`;
    const factory = new Function(...helperNames, "LOG_GUARD", "GRADIENTS", source);
    const gradients = range(sizes.length - 1).map((l) => new Float64Array(sizes[l]! * sizes[l + 1]!));
    step = factory(...Object.values(sourceHelpers), LOG_GUARD, gradients) as TrainStep;
    compiled.set(key, step);
  }
  return step;
}
