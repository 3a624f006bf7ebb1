import { describe, expect, test } from "vitest";
import { FrameQueue } from "./frame-queue.ts";

/** Creates a queue on a fake clock, where each job advances the clock by its cost and `frame` runs the pending frame. */
function setup(budgetMs = 10) {
  let clock = 0;
  const frames: (() => void)[] = [];
  const queue = new FrameQueue((callback) => frames.push(callback), () => clock, budgetMs);
  const log: string[] = [];
  const job = (name: string, cost: number) => () => {
    clock += cost;
    log.push(name);
  };
  const frame = () => {
    const callback = frames.shift();
    if (!callback) throw new Error("no frame was requested");
    callback();
  };
  return { queue, log, job, frame, frames };
}

describe("FrameQueue", () => {
  test("nothing runs before the frame", () => {
    const { queue, log, job, frames } = setup();
    queue.enqueue({}, job("a", 1));
    expect(log).toEqual([]);
    expect(frames).toHaveLength(1);
  });

  test("cheap jobs share one frame", () => {
    const { queue, log, job, frame, frames } = setup();
    queue.enqueue({}, job("a", 2));
    queue.enqueue({}, job("b", 2));
    frame();
    expect(log).toEqual(["a", "b"]);
    expect(frames).toHaveLength(0);
  });

  test("expensive jobs run one per frame", () => {
    const { queue, log, job, frame } = setup();
    queue.enqueue({}, job("a", 30));
    queue.enqueue({}, job("b", 30));
    frame();
    expect(log).toEqual(["a"]);
    frame();
    expect(log).toEqual(["a", "b"]);
  });

  test("same key runs once with the newest job", () => {
    const { queue, log, job, frame, frames } = setup();
    const key = {};
    queue.enqueue(key, job("old", 1));
    queue.enqueue(key, job("new", 1));
    expect(frames).toHaveLength(1);
    frame();
    expect(log).toEqual(["new"]);
  });

  test("job queued by a job runs in the same frame within budget", () => {
    const { queue, log, job, frame, frames } = setup();
    queue.enqueue({}, () => {
      log.push("first");
      queue.enqueue({}, job("second", 1));
    });
    frame();
    expect(log).toEqual(["first", "second"]);
    expect(frames).toHaveLength(0);
  });

  test("job queued by an expensive job waits for the next frame", () => {
    const { queue, log, job, frame } = setup();
    const key = {};
    queue.enqueue(key, () => {
      job("first", 30)();
      queue.enqueue(key, job("second", 1));
    });
    frame();
    expect(log).toEqual(["first"]);
    frame();
    expect(log).toEqual(["first", "second"]);
  });

  test("throwing job is reported and the queue goes on", () => {
    const frames: (() => void)[] = [];
    const errors: unknown[] = [];
    const queue = new FrameQueue((callback) => frames.push(callback), () => 0, 10, (error) => errors.push(error));
    const log: string[] = [];
    queue.enqueue({}, () => {
      throw new Error("broken drawing");
    });
    queue.enqueue({}, () => log.push("next"));
    frames.shift()!();
    expect(errors).toEqual([new Error("broken drawing")]);
    expect(log).toEqual(["next"]);
    queue.enqueue({}, () => log.push("later"));
    frames.shift()!();
    expect(log).toEqual(["next", "later"]);
  });

  test("cancelled job does not run", () => {
    const { queue, log, job, frame } = setup();
    const key = {};
    queue.enqueue(key, job("a", 1));
    queue.cancel(key);
    frame();
    expect(log).toEqual([]);
    expect(queue.size).toBe(0);
  });
});
