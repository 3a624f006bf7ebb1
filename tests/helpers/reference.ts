import { readFileSync } from "node:fs";

type Matrix = number[][];
type Params = { W1: Matrix; b1: Matrix; W2: Matrix; b2: Matrix; W3: Matrix; b3: Matrix };
interface NetSummary {
  loss_at: Record<string, number>;
  test_acc: number;
  train_acc: number;
  trace_far0: number[];
  trace_far1: number[];
  hidden_std: number[];
}

/** The NumPy and scikit-learn run of the article's experiment (seed 42, noise 0.18) stored as a test fixture. */
export interface ReferenceRun {
  seed: number;
  noise: number;
  lr: number;
  batch: number;
  epochs: number;
  X_train: Matrix;
  y_train: number[];
  X_test: Matrix;
  y_test: number[];
  initial_params: { sigmoid: Params; relu: Params };
  epoch_orders: number[][];
  first_epochs_batch_losses: { sigmoid: number[][]; relu: number[][] };
  loss_history: { sigmoid: number[]; relu: number[] };
  final_params: { sigmoid: Params; relu: Params };
  far_points: { class0: number[]; class1: number[] };
  summary: { sigmoid: NetSummary; relu: NetSummary };
}

let cached: ReferenceRun | undefined;

export function loadReference(): ReferenceRun {
  cached ??= JSON.parse(
    readFileSync(new URL("../fixtures/moons-seed42-noise0.18.json", import.meta.url), "utf8"),
  ) as ReferenceRun;
  return cached;
}

export type ReferenceParams = ReferenceRun["final_params"]["relu"];

/** Stages z1, a1, z2, a2, z3 of one point through a 2-8-8-1 reference network, written as plainly as the NumPy code. */
export function referenceStages(params: ReferenceParams, activation: "sigmoid" | "relu", point: readonly number[]): number[][] {
  const act = (z: number) => (activation === "relu" ? Math.max(0, z) : 1 / (1 + Math.exp(-Math.min(500, Math.max(-500, z)))));
  const dense = (input: readonly number[], weights: number[][], biases: number[][]) =>
    biases[0]!.map((bias, j) => input.reduce((sum, value, k) => sum + value * weights[k]![j]!, 0) + bias);
  const z1 = dense(point, params.W1, params.b1);
  const a1 = z1.map(act);
  const z2 = dense(a1, params.W2, params.b2);
  const a2 = z2.map(act);
  const z3 = dense(a2, params.W3, params.b3);
  return [z1, a1, z2, a2, z3];
}

export function populationStd(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
}
