import { Comparison } from "./comparison.ts";
import type { ComparisonConfig } from "./config.ts";
import { summarize, type ComparisonResult } from "./result.ts";

export interface TimedResult {
  result: ComparisonResult;
  /** Wall-clock time of training both networks, in milliseconds, without data preparation or measurement. */
  trainMs: number;
}

/** Trains both networks of a comparison to the end and measures them. */
export function runComparison(config: ComparisonConfig): TimedResult {
  const comparison = new Comparison(config);
  const start = performance.now();
  comparison.run();
  const trainMs = performance.now() - start;
  return { result: summarize(comparison), trainMs };
}
