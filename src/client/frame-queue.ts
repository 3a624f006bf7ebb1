/**
 * Runs drawing jobs in animation frames, so that no frame gets more drawing
 * than fits in it. Each frame runs the queued jobs in order until `budgetMs`
 * has passed, and always at least one. Jobs that a job queues run in the same
 * frame while the budget lasts. A job queued again under the same key before
 * it ran keeps its place and runs once, with the newest function.
 */
export class FrameQueue {
  private readonly jobs = new Map<object, () => void>();
  private framePending = false;

  constructor(
    private readonly requestFrame: (callback: () => void) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly budgetMs = 10,
    /** Receives the error of a job that throws; by default it is rethrown in a task of its own, so the console shows it. */
    private readonly reportError: (error: unknown) => void = (error) =>
      setTimeout(() => {
        throw error;
      }),
  ) {}

  enqueue(key: object, job: () => void): void {
    this.jobs.set(key, job);
    if (this.framePending) return;
    this.framePending = true;
    this.requestFrame(() => this.runFrame());
  }

  /** Drops the job queued under `key`, if any. */
  cancel(key: object): void {
    this.jobs.delete(key);
  }

  get size(): number {
    return this.jobs.size;
  }

  private runFrame(): void {
    // framePending stays true while jobs run, so a job that queues another does not request a frame of its own.
    const start = this.now();
    let ran = 0;
    for (const [key, job] of this.jobs) {
      if (ran > 0 && this.now() - start >= this.budgetMs) break;
      this.jobs.delete(key);
      try {
        job();
      } catch (error) {
        this.reportError(error);
      }
      ran++;
    }
    if (this.jobs.size > 0) this.requestFrame(() => this.runFrame());
    else this.framePending = false;
  }
}
