import type { ActivationName } from "../nn/activations.ts";
import type { InitName } from "../nn/network.ts";
import type { Seed } from "../random/seed.ts";

/** Everything that determines a comparison run; equal configs give identical results. */
export interface ComparisonConfig {
  seed: Seed;
  /** Standard deviation of the Gaussian noise added to the moons before scaling. */
  noise: number;
  samples: number;
  /** Fraction of rows held out for testing. */
  testFraction: number;
  epochs: number;
  learningRate: number;
  batchSize: number;
  /** Width of each hidden layer, input side first. */
  hidden: number[];
  /** Hidden activation of the two compared networks. */
  activations: [ActivationName, ActivationName];
  init: InitName;
}

/** The article's experiment: two 2-8-8-1 networks, sigmoid against ReLU, on 400 noisy moons. */
export const articleConfig: Readonly<ComparisonConfig> = Object.freeze<ComparisonConfig>({
  seed: 42,
  noise: 0.18,
  samples: 400,
  testFraction: 0.25,
  epochs: 800,
  learningRate: 0.05,
  batchSize: 64,
  hidden: [8, 8],
  activations: ["sigmoid", "relu"],
  init: "article",
});
