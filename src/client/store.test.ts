import { describe, expect, test } from "vitest";
import { articleConfig } from "../lib/experiments/config.ts";
import { Comparison } from "../lib/experiments/comparison.ts";
import { summarize } from "../lib/experiments/result.ts";
import type { WorkerCommand, WorkerReport } from "../lib/playground/protocol.ts";
import { WorkerRunner } from "../lib/playground/runner.ts";
import { defaultSettings, type Settings } from "../lib/playground/settings.ts";
import { ExperimentStore, type ExperimentState, type WorkerLike } from "./store.ts";

/** A worker that runs the real runner in this thread; `flush` plays queued tasks, messages and frames. */
function setup(settings: Partial<Settings> = {}, reducedMotion = false) {
  const queue: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(command: WorkerCommand) {
      queue.push(() => runner.handle(structuredClone(command)));
    },
    terminate() {},
  };
  const runner = new WorkerRunner(
    (report: WorkerReport) => queue.push(() => worker.onmessage?.({ data: structuredClone(report) } as MessageEvent<WorkerReport>)),
    (task) => queue.push(task),
  );
  const prebaked = summarize(new Comparison(structuredClone(articleConfig)));
  const seenSettings: Settings[] = [];
  const store = new ExperimentStore({ ...defaultSettings, epochs: 40, ...settings }, prebaked, {
    createWorker: () => worker,
    requestFrame: (callback) => frames.push(callback),
    reducedMotion,
    onSettings: (next) => seenSettings.push(next),
  });
  const states: ExperimentState[] = [];
  store.subscribe((state) => states.push(state));
  const flush = () => {
    for (let i = 0; i < 100_000 && (queue.length > 0 || frames.length > 0); i++) (queue.shift() ?? frames.shift())!();
  };
  return { store, states, flush, seenSettings };
}

describe("ExperimentStore", () => {
  test("starts with the prebaked result", () => {
    const { store } = setup();
    expect(store.current).toMatchObject({ status: "ready", prebaked: true });
    expect(store.current.result.epoch).toBe(0);
  });

  test("training ends done with both accuracies announced", () => {
    const { store, states, flush } = setup();
    store.train();
    flush();
    expect(store.current.status).toBe("done");
    expect(store.current.result.epoch).toBe(40);
    expect(store.current.prebaked).toBe(false);
    expect(store.current.messages).toHaveLength(2);
    expect(store.current.messages[0]).toMatch(/^Sigmoid: test accuracy \d+\.\d%, final loss \d\.\d{4}\.$/);
    expect(states.filter((state) => state.status === "training").length).toBeGreaterThan(0);
  });

  test("reset reproduces the run exactly", () => {
    const { store, flush } = setup();
    store.train();
    flush();
    const first = store.current.result;
    store.reset();
    flush();
    expect(store.current.status).toBe("paused");
    expect(store.current.result.epoch).toBe(0);
    store.train();
    flush();
    expect(store.current.result).toEqual(first);
  });

  test("step trains one epoch at a time", () => {
    const { store, flush } = setup();
    store.step();
    flush();
    store.step();
    flush();
    expect(store.current).toMatchObject({ status: "paused" });
    expect(store.current.result.epoch).toBe(2);
  });

  test("a new setting drops the run in flight", () => {
    const { store, flush, seenSettings } = setup({ epochs: 2000 });
    store.train();
    store.update({ epochs: 10, learningRate: 0.2 });
    flush();
    expect(store.current.result.epoch).toBe(10);
    expect(store.current.result.config.learningRate).toBe(0.2);
    expect(seenSettings.at(-1)).toMatchObject({ epochs: 10, learningRate: 0.2 });
  });

  test("divergence is reported and the next run trains normally", () => {
    const { store, flush } = setup({ activations: ["leaky-relu", "relu"], learningRate: 10 });
    store.train();
    flush();
    expect(store.current.messages[0]).toBe(
      "Leaky ReLU diverged at epoch 4: its loss or weights stopped being finite numbers. Try a smaller learning rate.",
    );
    store.update({ learningRate: 0.05 });
    flush();
    expect(store.current.status).toBe("done");
    expect(store.current.result.networks[0].divergedAt).toBeNull();
  });

  test("reduced motion draws only the finished run", () => {
    const { store, states, flush } = setup({ epochs: 400 }, true);
    store.train();
    flush();
    const drawn = states.filter((state) => !state.prebaked);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.result.epoch).toBe(400);
  });

  test("hidden page pauses and visible page resumes", () => {
    const { store, flush } = setup({ epochs: 2000 });
    store.train();
    store.setVisible(false);
    expect(store.current.status).toBe("paused");
    store.setVisible(true);
    expect(store.current.status).toBe("training");
    flush();
    expect(store.current.status).toBe("done");
  });

  test("prepare starts the worker before the first run", () => {
    let created = 0;
    const store = new ExperimentStore(defaultSettings, summarize(new Comparison(structuredClone(articleConfig))), {
      createWorker: () => {
        created++;
        return { onmessage: null, onerror: null, postMessage() {}, terminate() {} };
      },
      requestFrame: () => {},
      reducedMotion: false,
    });
    store.prepare();
    store.prepare();
    expect(created).toBe(1);
    expect(store.current.status).toBe("ready");
  });

  test("worker that cannot start leaves the prebaked result", () => {
    const prebaked = summarize(new Comparison({ ...structuredClone(articleConfig), epochs: 1 }));
    const store = new ExperimentStore(defaultSettings, prebaked, {
      createWorker: () => {
        throw new Error("blocked");
      },
      requestFrame: (callback) => callback(),
      reducedMotion: false,
    });
    store.train();
    expect(store.current).toMatchObject({ status: "unavailable", prebaked: true });
    expect(store.current.messages[0]).toMatch(/interactive version is unavailable/);
  });
});
