import type { ComparisonResult } from "../lib/experiments/result.ts";
import { downsampleGrids } from "../lib/figures/raster.ts";

/** Size of a miniature: points, epochs and grid nodes per side. The smallest still runs every code path of the figures. */
export interface MiniatureSize {
  points: number;
  epochs: number;
  gridNodes: number;
}

/**
 * Sizes of the miniatures drawn before a figure's first real drawing, from
 * small to about the size of a preview. V8 first compiles the code, then
 * optimizes the loops that ran often, so each round runs faster code on more
 * data and no round takes long.
 */
export const warmUpSizes: readonly MiniatureSize[] = [
  { points: 8, epochs: 5, gridNodes: 6 },
  { points: 25, epochs: 50, gridNodes: 12 },
  { points: 50, epochs: 200, gridNodes: 24 },
  { points: 100, epochs: 800, gridNodes: 48 },
];

/**
 * Returns a copy of `result` cut down to `size`. Drawing figures from such
 * copies compiles and optimizes the drawing code at a fraction of a real
 * drawing's cost. In Chromium, a first real drawing without them took two to
 * four times as long as later ones.
 */
export function miniature(result: ComparisonResult, size: MiniatureSize = warmUpSizes[0]!): ComparisonResult {
  const factor = Math.max(1, Math.floor(Math.max(result.gridSpec.columns, result.gridSpec.rows) / size.gridNodes));
  const small = downsampleGrids(result, factor);
  const cut = <T>(values: readonly T[]): T[] => values.slice(0, size.points);
  const [first, second] = small.networks.map((network) => ({
    ...network,
    lossHistory: network.lossHistory.slice(0, size.epochs),
    hiddenUnits: network.hiddenUnits.map((layer) => layer.map(cut)),
  }));
  return {
    ...small,
    train: { x: cut(small.train.x), y: cut(small.train.y) },
    test: { x: cut(small.test.x), y: cut(small.test.y) },
    networks: [first!, second!],
  };
}
