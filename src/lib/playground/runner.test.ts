import { describe, expect, test } from "vitest";
import { articleConfig, type ComparisonConfig } from "../experiments/config.ts";
import type { WorkerReport } from "./protocol.ts";
import { PREVIEW_INTERVAL_MS, WorkerRunner, warmUpEngine } from "./runner.ts";

type Snapshot = Extract<WorkerReport, { type: "snapshot" }>;

/** Creates a runner on a fake clock that advances one millisecond each time it is read, so a slice trains a few epochs. */
function harness() {
  const reports: WorkerReport[] = [];
  const tasks: (() => void)[] = [];
  let clock = 0;
  const runner = new WorkerRunner(
    (report) => reports.push(report),
    (task) => tasks.push(task),
    () => ++clock,
  );
  const drain = (limit = 100_000) => {
    for (let i = 0; i < limit && tasks.length > 0; i++) tasks.shift()!();
  };
  const snapshots = () => reports.filter((report): report is Snapshot => report.type === "snapshot");
  return { runner, reports, tasks, drain, snapshots };
}

const config = (changes: Partial<ComparisonConfig> = {}): ComparisonConfig => ({ ...structuredClone(articleConfig), epochs: 30, ...changes });

describe("WorkerRunner", () => {
  test("run ends with a final snapshot on the full grid", () => {
    const { runner, drain, snapshots } = harness();
    runner.handle({ type: "start", runId: 1, config: config(), paused: false });
    drain();
    const sent = snapshots();
    expect(sent.at(-1)).toMatchObject({ final: true, runId: 1 });
    expect(sent.at(-1)!.result.epoch).toBe(30);
    expect(sent.at(-1)!.result.gridSpec.step).toBe(0.05);
    expect(sent.every((snapshot) => snapshot.result.epoch > 0)).toBe(true);
  });

  test("paused start sends epoch 0 at once", () => {
    const { runner, snapshots } = harness();
    runner.handle({ type: "start", runId: 1, config: config(), paused: true });
    expect(snapshots()).toHaveLength(1);
    expect(snapshots()[0]).toMatchObject({ paused: true, final: false });
    expect(snapshots()[0]!.result.epoch).toBe(0);
  });

  test("previews wait for the page and the interval", () => {
    const { runner, tasks, snapshots } = harness();
    runner.handle({ type: "start", runId: 1, config: config({ epochs: 3000 }), paused: false });
    for (let i = 0; i < 100 && snapshots().length === 0; i++) tasks.shift()!();
    expect(snapshots()).toHaveLength(1);
    expect(snapshots()[0]!.result.gridSpec.step).toBe(0.1);
    expect(snapshots()[0]!.final).toBe(false);

    for (let i = 0; i < 20; i++) tasks.shift()!();
    expect(snapshots()).toHaveLength(1);
    runner.handle({ type: "ready", runId: 1 });
    for (let i = 0; i < 100 && snapshots().length === 1; i++) tasks.shift()!();
    expect(snapshots()).toHaveLength(2);
    expect(snapshots()[1]!.trainMs - snapshots()[0]!.trainMs).toBeGreaterThanOrEqual(PREVIEW_INTERVAL_MS / 2);
    runner.handle({ type: "cancel", runId: 1 });
  });

  test("paused run steps one epoch at a time", () => {
    const { runner, drain, snapshots } = harness();
    runner.handle({ type: "start", runId: 2, config: config(), paused: true });
    drain();
    runner.handle({ type: "step", runId: 2 });
    runner.handle({ type: "step", runId: 2 });
    drain();
    expect(snapshots().map((snapshot) => snapshot.result.epoch)).toEqual([0, 1, 2]);
    expect(snapshots().every((snapshot) => snapshot.paused)).toBe(true);
    runner.handle({ type: "resume", runId: 2 });
    drain();
    expect(snapshots().at(-1)).toMatchObject({ final: true, paused: false });
  });

  test("same settings reproduce the same run", () => {
    const first = harness();
    const second = harness();
    first.runner.handle({ type: "start", runId: 1, config: config(), paused: false });
    second.runner.handle({ type: "start", runId: 9, config: config(), paused: true });
    second.runner.handle({ type: "resume", runId: 9 });
    first.drain();
    second.drain();
    expect(first.snapshots().at(-1)!.result).toEqual(second.snapshots().at(-1)!.result);
  });

  test("new run replaces the old one and no stale report follows", () => {
    const { runner, reports, tasks, drain } = harness();
    runner.handle({ type: "start", runId: 1, config: config({ epochs: 3000 }), paused: false });
    tasks.shift()!();
    runner.handle({ type: "start", runId: 2, config: config(), paused: false });
    const afterRestart = reports.length;
    drain();
    expect(reports.slice(afterRestart).every((report) => report.runId === 2)).toBe(true);
    runner.handle({ type: "ready", runId: 1 });
    runner.handle({ type: "step", runId: 1 });
    expect(reports.slice(afterRestart).every((report) => report.runId === 2)).toBe(true);
  });

  test("cancel stops reports", () => {
    const { runner, reports, drain } = harness();
    runner.handle({ type: "start", runId: 1, config: config({ epochs: 3000 }), paused: false });
    runner.handle({ type: "cancel", runId: 1 });
    const count = reports.length;
    drain();
    expect(reports).toHaveLength(count);
  });

  test("diverging network stops and the other trains on", () => {
    const { runner, drain, snapshots } = harness();
    runner.handle({ type: "start", runId: 1, config: config({ activations: ["leaky-relu", "relu"], learningRate: 10 }), paused: false });
    drain();
    const last = snapshots().at(-1)!;
    expect(last.final).toBe(true);
    expect(last.result.networks[0].divergedAt).toBe(4);
    expect(last.result.networks[0].lossHistory).toHaveLength(3);
    expect(last.result.networks[1].divergedAt).toBeNull();
    expect(last.result.networks[1].lossHistory).toHaveLength(30);
    const numbers: number[] = [];
    JSON.stringify(last.result, (_key, value: unknown) => (typeof value === "number" && numbers.push(value), value));
    expect(numbers.filter((value) => !Number.isFinite(value))).toEqual([]);
  });

  test("invalid configuration reports an error", () => {
    const { runner, reports } = harness();
    runner.handle({ type: "start", runId: 5, config: config({ batchSize: 0 }), paused: false });
    expect(reports).toEqual([{ type: "error", runId: 5, message: "batch size must be a positive integer, got 0" }]);
  });

  test("benchmark reports the bare training time", () => {
    const { runner, reports } = harness();
    runner.handle({ type: "benchmark", runId: 3, config: config() });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ type: "benchmark", runId: 3 });
  });
});

describe("warmUpEngine", () => {
  test("trains a miniature of any configuration", () => {
    expect(() => warmUpEngine(config())).not.toThrow();
    expect(() => warmUpEngine(config({ hidden: [3, 3, 3], activations: ["gelu", "tanh"], seed: "text" }))).not.toThrow();
  });
});
