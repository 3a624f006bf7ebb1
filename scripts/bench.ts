import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import { articleConfig } from "../src/lib/experiments/config.ts";
import { runComparison } from "../src/lib/experiments/run.ts";

// Training time of the NumPy reference run of the same experiment on this kind of machine (2-core AMD EPYC), in ms.
const NUMPY_REFERENCE_MS = 650;
const TRAINING_RUNS = 15;

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeCommand(command: string, args: string[]): number {
  const start = performance.now();
  const { status, stderr } = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (status !== 0) throw new Error(`${command} ${args.join(" ")} failed with status ${status}:\n${stderr}`);
  return performance.now() - start;
}

const times = Array.from({ length: TRAINING_RUNS }, () => runComparison(structuredClone(articleConfig)).trainMs);
const trainMedian = median(times);

rmSync("node_modules/.cache/activation-geometry", { recursive: true, force: true });
const coldBuild = timeCommand("npx", ["astro", "build"]);
const warmBuild = timeCommand("npx", ["astro", "build"]);

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(`Machine: ${cpu}, ${os.cpus().length} cores, Node ${process.version}`);
console.log("");
console.log("| measure | result |");
console.log("|---|---|");
console.log(`| training, both nets, 800 epochs: median of ${TRAINING_RUNS} runs in one process | ${trainMedian.toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) |`);
console.log(`| speed-up over the NumPy reference run (${NUMPY_REFERENCE_MS} ms) | ${(NUMPY_REFERENCE_MS / trainMedian).toFixed(1)}x |`);
console.log(`| \`astro build\` with an empty results cache | ${(coldBuild / 1000).toFixed(1)} s |`);
console.log(`| \`astro build\` with the results cached | ${(warmBuild / 1000).toFixed(1)} s |`);
