import type { ComparisonResult, NetworkResult } from "../experiments/result.ts";
import { activations } from "../nn/activations.ts";

export type Side = 0 | 1;
export const sides: readonly [Side, Side] = [0, 1];

/**
 * Returns the reader-facing name of each network, from its activation. When
 * both networks use the same activation, each name gets its position, as in
 * "ReLU (net 1)" and "ReLU (net 2)".
 */
export function networkLabels(result: ComparisonResult): [string, string] {
  const [first, second] = result.networks.map((network) => activations[network.activation].label) as [string, string];
  if (first !== second) return [first, second];
  return [`${first} (net 1)`, `${second} (net 2)`];
}

/** Returns "Class 0" or "Class 1". */
export function classLabel(label: number): string {
  return `Class ${label}`;
}

const SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉";

function subscript(n: number): string {
  return String(n).replace(/\d/g, (digit) => SUBSCRIPT_DIGITS[Number(digit)]!);
}

/**
 * Names the stages of a signal trace of `length` entries: z1, a1, z2, a2, ...,
 * z_out, where the output's pre-activation takes the next layer number (z3
 * for two hidden layers). `style` "subscript" writes z₁ for charts, "plain"
 * writes z1 for text.
 */
export function stageLabels(length: number, style: "plain" | "subscript" = "plain"): string[] {
  const write = style === "subscript" ? subscript : String;
  return Array.from({ length }, (_, i) => `${i % 2 === 0 ? "z" : "a"}${write(Math.floor(i / 2) + 1)}`);
}

/** Returns "diverged at epoch 37" for a diverged network, otherwise null. */
export function divergenceNote(network: NetworkResult): string | null {
  return network.divergedAt === null ? null : `diverged at epoch ${network.divergedAt}`;
}
