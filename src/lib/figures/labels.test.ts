import { describe, expect, it } from "vitest";
import type { ComparisonResult, NetworkResult } from "../experiments/result.ts";
import type { ActivationName } from "../nn/activations.ts";
import { classLabel, divergenceNote, networkLabels, stageLabels } from "./labels.ts";

function resultWith(first: ActivationName, second: ActivationName): ComparisonResult {
  const network = (activation: ActivationName) => ({ activation }) as NetworkResult;
  return { networks: [network(first), network(second)] } as ComparisonResult;
}

describe("networkLabels", () => {
  it("uses the activation labels", () => {
    expect(networkLabels(resultWith("sigmoid", "relu"))).toEqual(["Sigmoid", "ReLU"]);
    expect(networkLabels(resultWith("leaky-relu", "gelu"))).toEqual(["Leaky ReLU", "GELU"]);
  });

  it("follows the order of the networks, not a fixed one", () => {
    expect(networkLabels(resultWith("relu", "sigmoid"))).toEqual(["ReLU", "Sigmoid"]);
  });

  it("numbers two equal activations", () => {
    expect(networkLabels(resultWith("tanh", "tanh"))).toEqual(["Tanh (net 1)", "Tanh (net 2)"]);
  });
});

describe("stageLabels", () => {
  it("names the five stages of two hidden layers", () => {
    expect(stageLabels(5)).toEqual(["z1", "a1", "z2", "a2", "z3"]);
  });

  it("writes subscripts for charts", () => {
    expect(stageLabels(3, "subscript")).toEqual(["z₁", "a₁", "z₂"]);
  });

  it("names thirteen stages of six hidden layers", () => {
    const labels = stageLabels(13);
    expect(labels).toHaveLength(13);
    expect(labels.at(-1)).toBe("z7");
  });
});

describe("classLabel", () => {
  it("names the class", () => {
    expect(classLabel(1)).toBe("Class 1");
  });
});

describe("divergenceNote", () => {
  it("names the epoch of a diverged network", () => {
    expect(divergenceNote({ divergedAt: 37 } as NetworkResult)).toBe("diverged at epoch 37");
  });

  it("is null for a network that trained to the end", () => {
    expect(divergenceNote({ divergedAt: null } as NetworkResult)).toBeNull();
  });
});
