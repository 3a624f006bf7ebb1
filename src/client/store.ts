import type { ComparisonResult } from "../lib/experiments/result.ts";
import { activations } from "../lib/nn/activations.ts";
import type { WorkerCommand, WorkerReport } from "../lib/playground/protocol.ts";
import { settingsToConfig, type Settings } from "../lib/playground/settings.ts";

export type Status = "ready" | "training" | "paused" | "done" | "unavailable";

/** Everything the page shows about the experiment. */
export interface ExperimentState {
  settings: Settings;
  status: Status;
  /** Latest measured state: the build's results until the reader trains. */
  result: ComparisonResult;
  /** Whether `result` is the build's prebaked run. */
  prebaked: boolean;
  /** True from the start of a run until its first snapshot is drawn, while `result` still shows what came before. */
  starting: boolean;
  /** Sentences about the run for the reader, such as a divergence; empty when all is well. */
  messages: string[];
}

/** The part of a Worker that the store uses. */
export interface WorkerLike {
  postMessage(command: WorkerCommand): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReport>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface StoreOptions {
  createWorker: () => WorkerLike;
  /** Runs a callback before the next paint (requestAnimationFrame in a browser). */
  requestFrame: (callback: () => void) => void;
  /** When true, only finished, paused and stepped states are drawn. */
  reducedMotion: boolean;
  /** Called whenever the settings change, to keep the URL in step. */
  onSettings?: (settings: Settings) => void;
}

export type Listener = (state: ExperimentState) => void;

/** Sentences describing a finished or diverged run, for the live region and the notices. */
export function describeOutcome(result: ComparisonResult): string[] {
  return result.networks.map((network, side) => {
    const name = `${activations[network.activation].label}${result.networks[0].activation === result.networks[1].activation ? ` (${side === 0 ? "left" : "right"})` : ""}`;
    if (network.divergedAt !== null) {
      return `${name} diverged at epoch ${network.divergedAt}: its loss or weights stopped being finite numbers. Try a smaller learning rate.`;
    }
    return `${name}: test accuracy ${(network.testAccuracy * 100).toFixed(1)}%, final loss ${network.finalLoss === null ? "not measured" : network.finalLoss.toFixed(4)}.`;
  });
}

/**
 * The page's one experiment: current settings, the training worker and the
 * latest result. Listeners hear about a new result at most once per frame,
 * and only about the run started last.
 */
export class ExperimentStore {
  private state: ExperimentState;
  private readonly listeners = new Set<Listener>();
  private worker: WorkerLike | undefined;
  private runId = 0;
  private framePending = false;
  private pendingReport: Extract<WorkerReport, { type: "snapshot" }> | undefined;
  private autoPaused = false;

  constructor(
    settings: Settings,
    prebaked: ComparisonResult,
    private readonly options: StoreOptions,
  ) {
    this.state = { settings, status: "ready", result: prebaked, prebaked: true, starting: false, messages: [] };
  }

  get current(): ExperimentState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts the training worker ahead of the first run, so that pressing Train
   * does not wait for its script to load. A worker that cannot start makes
   * the store unavailable now rather than on the first press.
   */
  prepare(): void {
    this.ensureWorker();
  }

  /** Changes settings and retrains with them; the run in flight is dropped. */
  update(changes: Partial<Settings>): void {
    this.state = { ...this.state, settings: { ...this.state.settings, ...changes } };
    this.options.onSettings?.(this.state.settings);
    this.start(false);
  }

  train(): void {
    if (this.state.status === "paused") this.resume();
    else this.start(false);
  }

  pause(): void {
    if (this.state.status !== "training") return;
    this.command({ type: "pause", runId: this.runId });
    this.setStatus("paused");
  }

  resume(): void {
    if (this.state.status !== "paused") return;
    this.command({ type: "resume", runId: this.runId });
    this.setStatus("training");
  }

  /** Trains one epoch, starting a paused run first when none is under way. */
  step(): void {
    if (this.state.status !== "paused" && this.state.status !== "training") this.start(true);
    this.command({ type: "step", runId: this.runId });
    this.setStatus("paused");
  }

  /** Starts the same settings again from their initial weights, paused at epoch 0. */
  reset(): void {
    this.start(true);
  }

  /** Pauses while nothing of the experiment can be seen, and resumes when it can be again. */
  setVisible(visible: boolean): void {
    if (!visible && this.state.status === "training") {
      this.pause();
      this.autoPaused = true;
    } else if (visible && this.autoPaused) {
      this.autoPaused = false;
      this.resume();
    }
  }

  private start(paused: boolean): void {
    const worker = this.ensureWorker();
    if (!worker) return;
    if (this.runId > 0) worker.postMessage({ type: "cancel", runId: this.runId });
    this.runId++;
    this.autoPaused = false;
    this.pendingReport = undefined;
    this.state = { ...this.state, status: paused ? "paused" : "training", starting: true, messages: [] };
    this.emit();
    worker.postMessage({ type: "start", runId: this.runId, config: settingsToConfig(this.state.settings), paused });
  }

  private command(command: WorkerCommand): void {
    this.ensureWorker()?.postMessage(command);
  }

  private ensureWorker(): WorkerLike | undefined {
    if (this.worker) return this.worker;
    if (this.state.status === "unavailable") return undefined;
    try {
      const worker = this.options.createWorker();
      worker.onmessage = (event) => this.receive(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail("The training worker stopped with an error");
      };
      this.worker = worker;
      return worker;
    } catch {
      this.fail("This browser could not start the training worker");
      return undefined;
    }
  }

  private fail(reason: string): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.state = { ...this.state, status: "unavailable", messages: [`${reason}, so the interactive version is unavailable. The figures show the build's results.`] };
    this.emit();
  }

  private receive(report: WorkerReport): void {
    if (report.runId !== this.runId) return;
    if (report.type === "error") {
      this.state = { ...this.state, status: "ready", messages: [`Training could not run: ${report.message}.`] };
      this.emit();
      return;
    }
    if (report.type !== "snapshot") return;
    const quiet = this.options.reducedMotion && !report.final && !report.paused;
    if (quiet) return;
    this.pendingReport = report;
    if (this.framePending) return;
    this.framePending = true;
    this.options.requestFrame(() => this.draw());
  }

  private draw(): void {
    this.framePending = false;
    const report = this.pendingReport;
    this.pendingReport = undefined;
    if (!report || report.runId !== this.runId) return;
    const status: Status = report.final ? "done" : this.state.status;
    const outcome = describeOutcome(report.result);
    const messages = report.final ? outcome : outcome.filter((_, side) => report.result.networks[side]!.divergedAt !== null);
    this.state = { ...this.state, status, result: report.result, prebaked: false, starting: false, messages };
    this.emit();
    if (!report.final && !this.options.reducedMotion) this.command({ type: "ready", runId: this.runId });
  }

  private setStatus(status: Status): void {
    this.state = { ...this.state, status };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.state);
  }
}
