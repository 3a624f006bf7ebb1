/** Inclusive bounds of every setting a reader or the command line may change. */
export const limits = {
  noise: { min: 0, max: 1 },
  epochs: { min: 1, max: 5000 },
  learningRate: { min: 1e-5, max: 10 },
  batchSize: { min: 1, max: 300 },
  depth: { min: 1, max: 6 },
  width: { min: 1, max: 16 },
  seedLength: { min: 1, max: 64 },
} as const;

export type LimitName = keyof typeof limits;

export function isWithin(value: number, name: LimitName): boolean {
  const { min, max } = limits[name];
  return value >= min && value <= max;
}
