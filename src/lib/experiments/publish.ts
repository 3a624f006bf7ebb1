import type { ComparisonResult } from "./result.ts";

/** Decimal places kept for decision-grid probabilities in published results. */
export const GRID_DECIMALS = 4;

/** Version of the published JSON shape, raised when a field changes meaning or disappears. */
export const PUBLISHED_FORMAT = 1;

export interface PublishedResults extends ComparisonResult {
  format: typeof PUBLISHED_FORMAT;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Returns the results as the site publishes them: everything the build
 * measured except timings, which vary between runs and would make two builds
 * differ, with grid probabilities rounded to `GRID_DECIMALS` places.
 */
export function publishResults(result: ComparisonResult): PublishedResults {
  return {
    format: PUBLISHED_FORMAT,
    ...result,
    networks: [
      { ...result.networks[0], grid: result.networks[0].grid.map((p) => roundTo(p, GRID_DECIMALS)) },
      { ...result.networks[1], grid: result.networks[1].grid.map((p) => roundTo(p, GRID_DECIMALS)) },
    ],
  };
}

function fail(path: string, expected: string): never {
  throw new TypeError(`published results: ${path} must be ${expected}`);
}

function numberArray(value: unknown, path: string): number[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === "number" && Number.isFinite(entry))) fail(path, "an array of finite numbers");
  return value as number[];
}

function object(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail(path, "an object");
  return value as Record<string, unknown>;
}

/**
 * Checks that a parsed JSON value has the published shape, down to every
 * array a figure reads, and returns it typed. Throws a TypeError naming the
 * first field that is wrong.
 */
export function parsePublishedResults(value: unknown): PublishedResults {
  const root = object(value, "the file");
  if (root["format"] !== PUBLISHED_FORMAT) fail("format", `${PUBLISHED_FORMAT}`);
  object(root["config"], "config");
  const grid = object(root["gridSpec"], "gridSpec");
  for (const key of ["x0", "y0", "step", "columns", "rows"]) numberArray([grid[key]], `gridSpec.${key}`);
  const nodes = (grid["columns"] as number) * (grid["rows"] as number);
  for (const set of ["train", "test"]) {
    const points = object(root[set], set);
    numberArray(points["y"], `${set}.y`);
    if (!Array.isArray(points["x"])) fail(`${set}.x`, "an array of points");
    (points["x"] as unknown[]).forEach((point, i) => numberArray(point, `${set}.x[${i}]`));
  }
  const networks = root["networks"];
  if (!Array.isArray(networks) || networks.length !== 2) fail("networks", "an array of two networks");
  networks.forEach((entry: unknown, side) => {
    const network = object(entry, `networks[${side}]`);
    const path = (key: string) => `networks[${side}].${key}`;
    numberArray(network["lossHistory"], path("lossHistory"));
    numberArray(network["hiddenStd"], path("hiddenStd"));
    numberArray([network["testAccuracy"], network["trainAccuracy"]], path("accuracy"));
    const trace = object(network["signalTrace"], path("signalTrace"));
    numberArray(trace["class0"], path("signalTrace.class0"));
    numberArray(trace["class1"], path("signalTrace.class1"));
    if (numberArray(network["grid"], path("grid")).length !== nodes) fail(path("grid"), `${nodes} numbers, one per grid node`);
  });
  return value as PublishedResults;
}
