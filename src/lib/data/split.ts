import type { RandomState } from "../random/random-state.ts";
import { takeRows, type Dataset } from "./moons.ts";

export interface Split {
  train: Dataset;
  test: Dataset;
}

/**
 * Splits rows as scikit-learn's `train_test_split` does with a fixed
 * `test_size` fraction: `random` draws one permutation of the rows, the first
 * `ceil(n * testFraction)` become the test set and the rest, in that order,
 * the training set.
 */
export function trainTestSplit(data: Dataset, testFraction: number, random: RandomState): Split {
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError(`test fraction must be between 0 and 1, got ${testFraction}`);
  const n = data.y.length;
  const testCount = Math.ceil(n * testFraction);
  const trainCount = Math.floor(n * (1 - testFraction));
  if (testCount < 1 || trainCount < 1) throw new RangeError(`cannot split ${n} rows with test fraction ${testFraction}`);

  const order = random.permutation(n);
  return {
    test: takeRows(data, order.subarray(0, testCount)),
    train: takeRows(data, order.subarray(testCount, testCount + trainCount)),
  };
}
