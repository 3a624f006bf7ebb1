import type { Dataset } from "../data/moons.ts";
import { predict } from "./forward.ts";
import type { Network } from "./network.ts";

/** A regular grid: column i is at `x0 + i * step`, row j at `y0 + j * step`. */
export interface GridSpec {
  x0: number;
  y0: number;
  step: number;
  columns: number;
  rows: number;
}

export const GRID_STEP = 0.025;
export const GRID_MARGIN = 0.5;

/** Count of NumPy's `arange(start, stop, step)`. */
function arangeCount(start: number, stop: number, step: number): number {
  return Math.max(0, Math.ceil((stop - start) / step));
}

/** Returns the grid that covers the data's bounding box plus `margin` on every side. */
export function gridAround(data: Dataset, step = GRID_STEP, margin = GRID_MARGIN): GridSpec {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < data.y.length; i++) {
    const x = data.x[2 * i]!;
    const y = data.x[2 * i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const x0 = minX - margin;
  const y0 = minY - margin;
  return {
    x0,
    y0,
    step,
    columns: arangeCount(x0, maxX + margin, step),
    rows: arangeCount(y0, maxY + margin, step),
  };
}

/** Returns the predicted probability of class 1 at every grid node, row by row from `y0` up. */
export function decisionGrid(network: Network, grid: GridSpec): Float64Array {
  const points = new Float64Array(2 * grid.columns * grid.rows);
  let p = 0;
  for (let j = 0; j < grid.rows; j++) {
    for (let i = 0; i < grid.columns; i++) {
      points[p++] = grid.x0 + i * grid.step;
      points[p++] = grid.y0 + j * grid.step;
    }
  }
  return predict(network, points);
}
