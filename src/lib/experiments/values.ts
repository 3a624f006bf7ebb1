import type { ComparisonResult, NetworkResult } from "./result.ts";

/** A tree of the numbers that prose may quote, addressed by dotted keys such as `relu.testAccuracy`. */
export type ValueTree = { [key: string]: number | string | ValueTree };

function indexed(values: readonly number[]): ValueTree {
  return Object.fromEntries(values.map((value, i) => [String(i), value]));
}

/** Epochs at which the loss is offered as `<net>.lossAt.<epoch>`: the first, every quarter, and the last. */
export function checkpointEpochs(epochs: number): number[] {
  const marks = new Set([1]);
  for (let quarter = 1; quarter <= 4; quarter++) marks.add(Math.max(1, Math.round((epochs * quarter) / 4)));
  return [...marks].filter((epoch) => epoch <= epochs).sort((a, b) => a - b);
}

function networkValues(network: NetworkResult, epochs: number): ValueTree {
  const lossAt: ValueTree = {};
  for (const epoch of checkpointEpochs(epochs)) {
    const loss = network.lossHistory[epoch - 1];
    if (loss !== undefined) lossAt[String(epoch)] = loss;
  }
  const tree: ValueTree = {
    activation: network.activation,
    testAccuracy: network.testAccuracy,
    trainAccuracy: network.trainAccuracy,
    lossAt,
    hiddenStd: indexed(network.hiddenStd),
    signalTrace: { class0: indexed(network.signalTrace.class0), class1: indexed(network.signalTrace.class1) },
  };
  if (network.finalLoss !== null) tree["finalLoss"] = network.finalLoss;
  return tree;
}

/**
 * Returns the quotable numbers of a comparison: `config.*`, `trainMs`, and one
 * subtree per network named after its activation (`sigmoid.*`, `relu.*`).
 * Array entries are addressed by index, so `relu.hiddenStd.0` is layer 1.
 */
export function quotableValues(result: ComparisonResult, trainMs: number): ValueTree {
  const { config } = result;
  const tree: ValueTree = {
    config: {
      seed: config.seed,
      noise: config.noise,
      samples: config.samples,
      trainSize: result.train.y.length,
      testSize: result.test.y.length,
      testFraction: config.testFraction,
      epochs: config.epochs,
      learningRate: config.learningRate,
      batchSize: config.batchSize,
      hiddenLayers: config.hidden.length,
      hidden: indexed(config.hidden),
      gridStep: result.gridSpec.step,
    },
    trainMs,
  };
  for (const network of result.networks) tree[network.activation] ??= networkValues(network, config.epochs);
  return tree;
}

/** Lists every dotted key that leads to a number or a string. */
export function listKeys(tree: ValueTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "object" ? listKeys(value, path) : [path];
  });
}

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Returns up to `count` valid keys closest to `key`, nearest first. */
export function nearestKeys(tree: ValueTree, key: string, count = 3): string[] {
  return listKeys(tree)
    .map((candidate) => ({ candidate, distance: editDistance(key.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/** Looks a dotted key up; throws an error that names the key and the nearest valid keys when it is missing. */
export function lookupValue(tree: ValueTree, key: string): number | string {
  let node: number | string | ValueTree | undefined = tree;
  for (const part of key.split(".")) {
    node = typeof node === "object" && Object.hasOwn(node, part) ? node[part] : undefined;
  }
  if (node === undefined || typeof node === "object") {
    const suggestions = nearestKeys(tree, key).join(", ");
    throw new Error(`unknown value key "${key}"; nearest valid keys: ${suggestions}`);
  }
  return node;
}

export const valueFormats = ["percent", "decimal", "integer", "raw"] as const;
export type ValueFormat = (typeof valueFormats)[number];

/**
 * Formats a quoted value: `percent` multiplies by 100 (1 decimal unless
 * `digits` gives another count), `decimal` rounds to `digits` places (default 4),
 * `integer` rounds to a whole number, `raw` prints the value as it is.
 * Throws on a non-finite number, so no page ever shows NaN.
 */
export function formatValue(value: number | string, format: ValueFormat = "raw", digits?: number): string {
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) throw new Error(`value ${value} is not a finite number`);
  switch (format) {
    case "percent":
      return `${(value * 100).toFixed(digits ?? 1)}%`;
    case "decimal":
      return value.toFixed(digits ?? 4);
    case "integer":
      return Math.round(value).toLocaleString("en-US");
    case "raw":
      return String(value);
  }
}
