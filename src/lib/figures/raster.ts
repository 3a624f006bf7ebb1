import type { ComparisonResult } from "../experiments/result.ts";
import type { GridSpec } from "../nn/grid.ts";

/** A dense grid of values laid out for Plot's contour mark, with its bounds in data coordinates. */
export interface Raster {
  values: number[];
  width: number;
  height: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Returns the data extent from the first to the last grid node, which is what the axes show. */
export function nodeExtent(spec: GridSpec): { x: [number, number]; y: [number, number] } {
  return {
    x: [spec.x0, spec.x0 + (spec.columns - 1) * spec.step],
    y: [spec.y0, spec.y0 + (spec.rows - 1) * spec.step],
  };
}

/**
 * Surrounds the grid with `pad` extra nodes on every side that repeat the
 * nearest edge value, so contours run on past the plotted area. d3-contour
 * closes each contour polygon along the edge of its grid. The padding moves
 * those closing edges outside the frame, where the chart's frame clip hides
 * them, so they are not drawn as part of the boundary.
 *
 * Plot centers each value in a cell, so the bounds reach half a step beyond
 * the outermost nodes.
 */
export function paddedRaster(values: readonly number[], spec: GridSpec, pad: number): Raster {
  const width = spec.columns + 2 * pad;
  const height = spec.rows + 2 * pad;
  const padded: number[] = new Array<number>(width * height);
  const clamp = (value: number, size: number): number => Math.min(size - 1, Math.max(0, value));
  for (let j = 0; j < height; j++) {
    const row = clamp(j - pad, spec.rows);
    for (let i = 0; i < width; i++) padded[j * width + i] = values[row * spec.columns + clamp(i - pad, spec.columns)]!;
  }
  const reach = (pad + 0.5) * spec.step;
  const extent = nodeExtent(spec);
  return {
    values: padded,
    width,
    height,
    x1: extent.x[0] - reach,
    x2: extent.x[1] + reach,
    y1: extent.y[0] - reach,
    y2: extent.y[1] + reach,
  };
}

/**
 * Returns a copy of `result` whose decision grids keep every `factor`-th node
 * in each direction, so a contour drawing costs about `1 / factor²` as much.
 * The kept nodes are exact nodes of the original grid.
 */
export function downsampleGrids(result: ComparisonResult, factor: number): ComparisonResult {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`invalid downsampling factor ${factor}: expected a whole number from 1 up`);
  if (factor === 1) return result;
  const spec = result.gridSpec;
  const columns = Math.floor((spec.columns - 1) / factor) + 1;
  const rows = Math.floor((spec.rows - 1) / factor) + 1;
  const sample = (grid: readonly number[]): number[] => {
    if (grid.length !== spec.columns * spec.rows) return [];
    const values: number[] = [];
    for (let j = 0; j < rows; j++) {
      for (let i = 0; i < columns; i++) values.push(grid[j * factor * spec.columns + i * factor]!);
    }
    return values;
  };
  const [first, second] = result.networks;
  return {
    ...result,
    gridSpec: { ...spec, step: spec.step * factor, columns, rows },
    networks: [
      { ...first, grid: sample(first.grid) },
      { ...second, grid: sample(second.grid) },
    ],
  };
}
