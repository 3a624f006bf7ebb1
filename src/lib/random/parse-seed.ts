// Kept apart from seed.ts so that code which only reads seeds, such as the
// page's settings, does not bundle the generators and seedrandom.

/** An experiment seed: an integer reproduces NumPy's stream, any other text is hashed. */
export type Seed = number | string;

const MAX_INTEGER_SEED = 0xffffffff;

/**
 * Parses a seed as typed by a person: a decimal integer from 0 to 4294967295
 * becomes a number, anything else stays text. Returns undefined for empty text.
 */
export function parseSeed(text: string): Seed | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (/^\d{1,10}$/.test(trimmed)) {
    const value = Number(trimmed);
    if (value <= MAX_INTEGER_SEED) return value;
  }
  return trimmed;
}
