import type { ComparisonResult } from "../lib/experiments/result.ts";
import { downsampleGrids } from "../lib/figures/raster.ts";

/** Points, epochs and grid nodes per side kept in a miniature, enough to run every code path of the figures. */
const MINIATURE_POINTS = 8;
const MINIATURE_EPOCHS = 5;
const MINIATURE_GRID_NODES = 6;

/**
 * Returns a copy of `result` cut down to a few points, epochs and grid
 * nodes. Drawing a figure from it first compiles the drawing code at a
 * fraction of a real drawing's cost. In Chromium, a first real drawing
 * without it took two to four times as long as later ones.
 */
export function miniature(result: ComparisonResult): ComparisonResult {
  const factor = Math.max(1, Math.floor(Math.max(result.gridSpec.columns, result.gridSpec.rows) / MINIATURE_GRID_NODES));
  const small = downsampleGrids(result, factor);
  const cut = <T>(values: readonly T[]): T[] => values.slice(0, MINIATURE_POINTS);
  const [first, second] = small.networks.map((network) => ({
    ...network,
    lossHistory: network.lossHistory.slice(0, MINIATURE_EPOCHS),
    hiddenUnits: network.hiddenUnits.map((layer) => layer.map(cut)),
  }));
  return {
    ...small,
    train: { x: cut(small.train.x), y: cut(small.train.y) },
    test: { x: cut(small.test.x), y: cut(small.test.y) },
    networks: [first!, second!],
  };
}
