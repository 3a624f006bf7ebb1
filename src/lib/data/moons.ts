import type { RandomState } from "../random/random-state.ts";

/** Points stored row-major as [x0, y0, x1, y1, ...] with one 0/1 label a row. */
export interface Dataset {
  x: Float64Array;
  y: Uint8Array;
}

/** Returns `count` evenly spaced values over [0, pi], computed as NumPy's `linspace` does. */
function angles(count: number): Float64Array {
  const values = new Float64Array(count);
  const step = Math.PI / (count - 1);
  for (let i = 0; i < count; i++) values[i] = i * step;
  if (count > 1) values[count - 1] = Math.PI;
  return values;
}

/**
 * Makes two interleaving half circles with scikit-learn's `make_moons`
 * semantics: `floor(n / 2)` outer points of class 0, the rest inner points of
 * class 1; `random` first shuffles the rows, then adds Gaussian noise with
 * standard deviation `noise` to x, then y, of each row in order.
 */
export function makeMoons(n: number, noise: number, random: RandomState): Dataset {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`sample count must be an integer of at least 2, got ${n}`);
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new RangeError(`noise must be a finite number of at least 0, got ${noise}`);

  const outerCount = Math.floor(n / 2);
  const innerCount = n - outerCount;
  const outer = angles(outerCount);
  const inner = angles(innerCount);
  const points = new Float64Array(2 * n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < outerCount; i++) {
    points[2 * i] = Math.cos(outer[i]!);
    points[2 * i + 1] = Math.sin(outer[i]!);
  }
  for (let i = 0; i < innerCount; i++) {
    const row = outerCount + i;
    points[2 * row] = 1 - Math.cos(inner[i]!);
    points[2 * row + 1] = 1 - Math.sin(inner[i]!) - 0.5;
    labels[row] = 1;
  }

  const order = random.permutation(n);
  const data = takeRows({ x: points, y: labels }, order);
  for (let i = 0; i < 2 * n; i++) data.x[i] = data.x[i]! + noise * random.normal();
  return data;
}

/** Returns a new data set holding the given rows, in the given order. */
export function takeRows(data: Dataset, rows: ArrayLike<number>): Dataset {
  const x = new Float64Array(2 * rows.length);
  const y = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    x[2 * i] = data.x[2 * row]!;
    x[2 * i + 1] = data.x[2 * row + 1]!;
    y[i] = data.y[row]!;
  }
  return { x, y };
}
