import seedrandom from "seedrandom/seedrandom.js";
import { MT19937, type BitSource } from "./mt19937.ts";
import { RandomState } from "./random-state.ts";
import { parseSeed, type Seed } from "./parse-seed.ts";

export { parseSeed, type Seed };

function textSource(text: string): BitSource {
  const generator = seedrandom(text);
  return { nextUint32: () => generator.int32() >>> 0 };
}

/**
 * Creates a generator for a seed. An integer seed gives MT19937 seeded as
 * NumPy seeds it. Text goes through seedrandom's ARC4 generator, which gives
 * the same stream for the same text in Node and in every browser.
 */
export function createRandom(seed: Seed): RandomState {
  if (typeof seed === "number") return new RandomState(new MT19937(seed));
  const parsed = parseSeed(seed);
  if (parsed === undefined) throw new RangeError("seed text must not be empty");
  return typeof parsed === "number"
    ? new RandomState(new MT19937(parsed))
    : new RandomState(textSource(parsed));
}
