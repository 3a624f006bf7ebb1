import type { ComparisonConfig } from "../experiments/config.ts";
import type { ComparisonResult } from "../experiments/result.ts";

/** Messages from the page to the training worker. Every command names the run it is meant for. */
export type WorkerCommand =
  | { type: "start"; runId: number; config: ComparisonConfig; paused: boolean }
  | { type: "pause"; runId: number }
  | { type: "resume"; runId: number }
  /** Trains exactly one more epoch, then stays paused. */
  | { type: "step"; runId: number }
  /** The page has drawn the last snapshot and can take the next one. */
  | { type: "ready"; runId: number }
  | { type: "cancel"; runId: number }
  /** Trains the configuration uninterrupted, with no snapshots, and reports the time. */
  | { type: "benchmark"; runId: number; config: ComparisonConfig };

/** Messages from the training worker to the page. */
export type WorkerReport =
  | {
      type: "snapshot";
      runId: number;
      result: ComparisonResult;
      /** True for the last snapshot of a run. */
      final: boolean;
      paused: boolean;
      /** Time spent training so far, in milliseconds. */
      trainMs: number;
    }
  | { type: "benchmark"; runId: number; trainMs: number }
  | { type: "error"; runId: number; message: string };
