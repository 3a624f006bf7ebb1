import { runComparison } from "../experiments/run.ts";
import type { WorkerCommand, WorkerReport } from "./protocol.ts";
import { TrainingSession } from "./session.ts";

/** Training time between two looks at the message queue, in milliseconds. */
export const SLICE_MS = 12;

/**
 * The training worker's logic, free of worker globals so that it runs in
 * tests: `post` sends a report to the page and `schedule` runs a function
 * after pending messages have been handled.
 *
 * While a run trains, the runner sends a snapshot only after the page said it
 * is ready for one, so the page never receives more than it can draw. The
 * last snapshot of a run, and any snapshot while paused, use the full grid.
 */
export class WorkerRunner {
  private session: TrainingSession | undefined;
  private paused = false;
  private pageReady = false;
  private changed = false;
  private looping = false;

  constructor(
    private readonly post: (report: WorkerReport) => void,
    private readonly schedule: (task: () => void) => void,
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
      this.session = new TrainingSession(command.runId, command.config);
      this.paused = command.paused;
      this.pageReady = false;
      this.changed = false;
      this.send(this.paused ? "full" : "preview");
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
    if (this.pageReady) this.send("preview");
    this.schedule(() => this.tick());
  }
}
