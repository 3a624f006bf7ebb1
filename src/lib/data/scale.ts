import type { Dataset } from "./moons.ts";

/** Per-column mean and population standard deviation of a two-column data set. */
export interface Scaling {
  mean: [number, number];
  std: [number, number];
}

/** Measures each column's mean and population standard deviation. */
export function fitScaling(data: Dataset): Scaling {
  const n = data.y.length;
  const mean: [number, number] = [0, 0];
  const std: [number, number] = [0, 0];
  for (let column = 0; column < 2; column++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += data.x[2 * i + column]!;
    const average = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const deviation = data.x[2 * i + column]! - average;
      squares += deviation * deviation;
    }
    mean[column] = average;
    // A constant column keeps scale 1, as scikit-learn's StandardScaler does.
    std[column] = Math.sqrt(squares / n) || 1;
  }
  return { mean, std };
}

/** Returns a copy of the data with each column centered and divided by its standard deviation. */
export function applyScaling(data: Dataset, scaling: Scaling): Dataset {
  const x = new Float64Array(data.x.length);
  for (let i = 0; i < x.length; i++) {
    const column = i % 2;
    x[i] = (data.x[i]! - scaling.mean[column]!) / scaling.std[column]!;
  }
  return { x, y: data.y.slice() };
}

/** Standardizes a data set with its own statistics (StandardScaler's fit and transform). */
export function standardize(data: Dataset): Dataset {
  return applyScaling(data, fitScaling(data));
}
