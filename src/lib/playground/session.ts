import { Comparison } from "../experiments/comparison.ts";
import type { ComparisonConfig } from "../experiments/config.ts";
import { summarize, type ComparisonResult } from "../experiments/result.ts";

/** Grid spacing of snapshots taken while training runs. */
export const PREVIEW_GRID_STEP = 0.1;

/**
 * Grid spacing of the last snapshot of a run and of paused snapshots. It is
 * half as fine as the build's 0.025, so it costs a quarter as much to compute
 * and to draw, and it still places a boundary within 2 or 3 pixels of a chart.
 */
export const FULL_GRID_STEP = 0.05;

/**
 * One run of the comparison, trained in slices of time so that the worker
 * can handle messages between them.
 */
export class TrainingSession {
  private readonly comparison: Comparison;
  private elapsed = 0;

  constructor(
    readonly runId: number,
    config: ComparisonConfig,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.comparison = new Comparison(config);
  }

  get done(): boolean {
    return this.comparison.done;
  }

  get epoch(): number {
    return this.comparison.epoch;
  }

  /** Time spent in training epochs so far, in milliseconds. */
  get trainMs(): number {
    return this.elapsed;
  }

  /** Trains whole epochs until `budgetMs` has passed or the run is done; at least one epoch unless done. */
  trainFor(budgetMs: number): void {
    const start = this.now();
    do {
      this.comparison.step();
    } while (!this.done && this.now() - start < budgetMs);
    this.elapsed += this.now() - start;
  }

  /** Trains one epoch. */
  step(): void {
    if (this.done) return;
    const start = this.now();
    this.comparison.step();
    this.elapsed += this.now() - start;
  }

  /** Measures both networks; a preview uses a coarse grid, which costs a quarter as much as a full one. */
  snapshot(detail: "preview" | "full"): ComparisonResult {
    return summarize(this.comparison, detail === "full" ? FULL_GRID_STEP : PREVIEW_GRID_STEP);
  }
}
