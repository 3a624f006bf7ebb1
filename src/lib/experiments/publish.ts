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
