/** Guard added inside both logarithms of the cross-entropy, so a saturated output costs a large finite loss. */
export const LOG_GUARD = 1e-9;

/**
 * Returns the mean binary cross-entropy of `rows` predictions:
 * `-mean(y ln(p + 1e-9) + (1 - y) ln(1 - p + 1e-9))`.
 */
export function binaryCrossEntropy(probabilities: Float64Array, labels: ArrayLike<number>, rows: number): number {
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    const p = probabilities[i]!;
    sum += labels[i] === 1 ? Math.log(p + LOG_GUARD) : Math.log(1 - p + LOG_GUARD);
  }
  return -sum / rows;
}
