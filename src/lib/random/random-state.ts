import type { BitSource } from "./mt19937.ts";

const TWO_POW_53 = 2 ** 53;
const TWO_POW_26 = 2 ** 26;

/**
 * Random draws made the way NumPy's legacy `RandomState` makes them from a
 * stream of 32-bit integers: 53-bit uniform doubles, polar-method normals and
 * a masked-rejection Fisher-Yates shuffle. With an MT19937 source seeded by
 * the same integer, every draw equals NumPy's bit for bit.
 */
export class RandomState {
  private spareNormal: number | undefined;

  constructor(private readonly source: BitSource) {}

  nextUint32(): number {
    return this.source.nextUint32();
  }

  /** Returns a uniform double in [0, 1) built from two 32-bit draws. */
  random(): number {
    const high = this.source.nextUint32() >>> 5;
    const low = this.source.nextUint32() >>> 6;
    return (high * TWO_POW_26 + low) / TWO_POW_53;
  }

  /** Returns a standard normal draw (Marsaglia's polar method, one spare kept). */
  normal(): number {
    if (this.spareNormal !== undefined) {
      const spare = this.spareNormal;
      this.spareNormal = undefined;
      return spare;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.random() - 1;
      x2 = 2 * this.random() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const factor = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.spareNormal = factor * x1;
    return factor * x2;
  }

  /** Returns a uniform integer in [0, max] by masked rejection sampling. */
  interval(max: number): number {
    if (max === 0) return 0;
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let value: number;
    do {
      value = (this.source.nextUint32() & mask) >>> 0;
    } while (value > max);
    return value;
  }

  /** Shuffles `items` in place, walking from the last index down to 1. */
  shuffle<T extends { length: number; [index: number]: unknown }>(items: T): T {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.interval(i);
      const item = items[i];
      items[i] = items[j];
      items[j] = item;
    }
    return items;
  }

  /** Returns a random permutation of 0 .. n - 1. */
  permutation(n: number): Int32Array {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return this.shuffle(order);
  }
}
