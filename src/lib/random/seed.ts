import seedrandom from "seedrandom";
import { MT19937, type BitSource } from "./mt19937.ts";
import { RandomState } from "./random-state.ts";

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

function textSource(text: string): BitSource {
  const generator = seedrandom(text);
  return { nextUint32: () => generator.int32() >>> 0 };
}

/**
 * Creates a generator for a seed. An integer seed gives MT19937 seeded as
 * NumPy seeds it; text goes through seedrandom's ARC4 generator, so the same
 * text gives the same stream in Node and in every browser.
 */
export function createRandom(seed: Seed): RandomState {
  if (typeof seed === "number") return new RandomState(new MT19937(seed));
  const parsed = parseSeed(seed);
  if (parsed === undefined) throw new RangeError("seed text must not be empty");
  return typeof parsed === "number"
    ? new RandomState(new MT19937(parsed))
    : new RandomState(textSource(parsed));
}
