/// <reference lib="webworker" />
import type { WorkerCommand, WorkerReport } from "../lib/playground/protocol.ts";
import { articleConfig } from "../lib/experiments/config.ts";
import { WorkerRunner, warmUpEngine } from "../lib/playground/runner.ts";

declare const self: DedicatedWorkerGlobalScope;

// A MessageChannel message runs after messages already queued, unlike a microtask, and is not clamped like setTimeout.
const channel = new MessageChannel();
const tasks: (() => void)[] = [];
channel.port1.onmessage = () => tasks.shift()?.();

const runner = new WorkerRunner(
  (report: WorkerReport) => self.postMessage(report),
  (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  },
);

self.onmessage = (event: MessageEvent<WorkerCommand>) => runner.handle(event.data);

// Commands that arrive meanwhile wait in the queue until this returns.
warmUpEngine(structuredClone(articleConfig));
