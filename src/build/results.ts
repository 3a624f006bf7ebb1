import { Comparison } from "../lib/experiments/comparison.ts";
import { articleConfig } from "../lib/experiments/config.ts";
import { summarize, type ComparisonResult } from "../lib/experiments/result.ts";

export interface ArticleResults {
  result: ComparisonResult;
  /** Training time of both networks, in milliseconds. */
  trainMs: number;
}

let pending: Promise<ArticleResults> | undefined;

/** Trains the article's experiment once per process and returns its results. */
export function loadArticleResults(): Promise<ArticleResults> {
  pending ??= Promise.resolve().then(() => {
    const comparison = new Comparison(structuredClone(articleConfig));
    const start = performance.now();
    comparison.run();
    const trainMs = performance.now() - start;
    return { result: summarize(comparison), trainMs };
  });
  return pending;
}
