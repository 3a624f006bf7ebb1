import type { PointSet } from "../experiments/result.ts";

export type Point = readonly [number, number];

export function isFinitePoint(point: Point): boolean {
  return Number.isFinite(point[0]) && Number.isFinite(point[1]);
}

/** Returns the points of class `label` whose coordinates are both finite. */
export function pointsOfClass(set: PointSet, label: number): Point[] {
  return set.x.filter((point, i) => set.y[i] === label && isFinitePoint(point));
}

export function countClass(set: PointSet, label: number): number {
  return set.y.filter((y) => y === label).length;
}

/** Returns the smallest and largest finite value, or null when there is none. */
export function finiteExtent(values: Iterable<number>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : null;
}
