import type { ComparisonConfig } from "../experiments/config.ts";
import { runComparison } from "../experiments/run.ts";
import type { WorkerCommand, WorkerReport } from "./protocol.ts";
import { TrainingSession } from "./session.ts";

/** Training time between two looks at the message queue, in milliseconds. */
export const SLICE_MS = 12;

/**
 * Minimum time between two previews of a running run, in milliseconds. Each
 * preview measures both networks, a few milliseconds that training waits
 * for, so previews at the page's frame rate would slow a run by a quarter.
 */
export const PREVIEW_INTERVAL_MS = 50;

/** Points and epochs of the miniature run that `warmUpEngine` trains. */
const WARM_UP_SAMPLES = 40;
const WARM_UP_EPOCHS = 3;

/**
 * Trains and measures a miniature of `config`, so that the engine's code is
 * compiled before a reader's first run, which would otherwise spend tens of
 * milliseconds on it. A worker calls this once when it starts.
 */
export function warmUpEngine(config: ComparisonConfig): void {
  const session = new TrainingSession(0, { ...config, samples: WARM_UP_SAMPLES, epochs: WARM_UP_EPOCHS });
  while (!session.done) session.step();
  session.snapshot("preview");
  session.snapshot("full");
}

/**
 * The training worker's logic, free of worker globals so that it runs in
 * tests: `post` sends a report to the page and `schedule` runs a function
 * after pending messages have been handled.
 *
 * While a run trains, the runner sends a preview only after the page reported
 * that it is ready for one, so the page never receives more than it can draw,
 * and at most every `PREVIEW_INTERVAL_MS`. A run started paused sends its
 * epoch 0 at once, and a running one its first preview after that interval.
 * The last snapshot of a run, and any snapshot while paused, use the full grid.
 */
export class WorkerRunner {
  private session: TrainingSession | undefined;
  private paused = false;
  private pageReady = false;
  private changed = false;
  private looping = false;
  private lastPreview = 0;

  constructor(
    private readonly post: (report: WorkerReport) => void,
    private readonly schedule: (task: () => void) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  handle(command: WorkerCommand): void {
    try {
      this.dispatch(command);
    } catch (error) {
      this.post({ type: "error", runId: command.runId, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private dispatch(command: WorkerCommand): void {
    if (command.type === "start") {
      this.session = new TrainingSession(command.runId, command.config, this.now);
      this.paused = command.paused;
      this.pageReady = !command.paused;
      this.changed = false;
      this.lastPreview = this.now();
      if (this.paused) this.send("full");
      this.loop();
      return;
    }
    if (command.type === "benchmark") {
      this.session = undefined;
      this.post({ type: "benchmark", runId: command.runId, trainMs: runComparison(command.config).trainMs });
      return;
    }

    const session = this.session;
    if (!session || session.runId !== command.runId) return;
    switch (command.type) {
      case "pause":
        this.paused = true;
        this.send("full");
        break;
      case "resume":
        this.paused = false;
        this.loop();
        break;
      case "step":
        this.paused = true;
        session.step();
        this.send("full");
        break;
      case "ready":
        this.pageReady = true;
        if (this.changed && !this.looping) this.send(this.paused || session.done ? "full" : "preview");
        break;
      case "cancel":
        this.session = undefined;
        break;
    }
  }

  private send(detail: "preview" | "full"): void {
    const session = this.session;
    if (!session) return;
    this.post({
      type: "snapshot",
      runId: session.runId,
      result: session.snapshot(detail),
      final: session.done,
      paused: this.paused,
      trainMs: session.trainMs,
    });
    this.pageReady = false;
    this.changed = false;
  }

  private loop(): void {
    if (this.looping) return;
    this.looping = true;
    this.schedule(() => this.tick());
  }

  private tick(): void {
    const session = this.session;
    if (!session || this.paused || session.done) {
      this.looping = false;
      return;
    }
    session.trainFor(SLICE_MS);
    this.changed = true;
    if (session.done) {
      this.looping = false;
      this.send("full");
      return;
    }
    if (this.pageReady && this.now() - this.lastPreview >= PREVIEW_INTERVAL_MS) {
      this.send("preview");
      this.lastPreview = this.now();
    }
    this.schedule(() => this.tick());
  }
}
