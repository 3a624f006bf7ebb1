import type { RandomState } from "../random/random-state.ts";
import { activations, type Activation, type ActivationName } from "./activations.ts";

export const initNames = ["article", "he", "xavier"] as const;
/** Weight initialization: He (`sqrt(2 / fan_in)`), Xavier (`sqrt(1 / fan_in)`), or the activation's own choice. */
export type InitName = (typeof initNames)[number];

/** One dense layer: `weights` is `inputs x outputs`, row-major. */
export interface Layer {
  inputs: number;
  outputs: number;
  weights: Float64Array;
  biases: Float64Array;
}

/** A multilayer perceptron with one hidden activation and a sigmoid output unit. */
export interface Network {
  activation: Activation;
  init: "he" | "xavier";
  /** Hidden layers first, then the output layer. */
  layers: Layer[];
}

export function resolveInit(init: InitName, activation: Activation): "he" | "xavier" {
  return init === "article" ? activation.preferredInit : init;
}

/**
 * Creates a network with inputs -> hidden[0] -> ... -> 1 units. Weights are
 * standard normal draws from `random`, row-major layer by layer, times the
 * init scale; biases start at zero.
 */
export function createNetwork(
  inputs: number,
  hidden: readonly number[],
  activationName: ActivationName,
  init: InitName,
  random: RandomState,
): Network {
  const activation = activations[activationName];
  const scheme = resolveInit(init, activation);
  const sizes = [inputs, ...hidden, 1];
  const layers: Layer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const scale = Math.sqrt((scheme === "he" ? 2 : 1) / fanIn);
    const weights = new Float64Array(fanIn * fanOut);
    for (let i = 0; i < weights.length; i++) weights[i] = random.normal() * scale;
    layers.push({ inputs: fanIn, outputs: fanOut, weights, biases: new Float64Array(fanOut) });
  }
  return { activation, init: scheme, layers };
}

/** Returns true when every weight and bias is a finite number. */
export function hasFiniteParameters(network: Network): boolean {
  for (const layer of network.layers) {
    let sum = 0;
    for (let i = 0; i < layer.weights.length; i++) sum += layer.weights[i]! * 0;
    for (let i = 0; i < layer.biases.length; i++) sum += layer.biases[i]! * 0;
    if (sum !== 0) return false;
  }
  return true;
}

/** Copies every weight and bias of `source` into `target`, which has the same shape. */
export function copyParameters(source: Network, target: Network): void {
  source.layers.forEach((layer, l) => {
    target.layers[l]!.weights.set(layer.weights);
    target.layers[l]!.biases.set(layer.biases);
  });
}

export function cloneNetwork(network: Network): Network {
  return {
    ...network,
    layers: network.layers.map((layer) => ({ ...layer, weights: layer.weights.slice(), biases: layer.biases.slice() })),
  };
}
