import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import { articleConfig } from "../src/lib/experiments/config.ts";
import { runComparison } from "../src/lib/experiments/run.ts";
import { benchmarkBrowserRuns, pageScripts, type RunTiming } from "./browser-bench.ts";

// Training time of the NumPy reference run of the same experiment on this kind of machine (2-core AMD EPYC), in ms.
const NUMPY_REFERENCE_MS = 650;
const TRAINING_RUNS = 15;
const BROWSER_RUNS = 3;
// Goals of the interactive figures: updates within 1.5 times the bare training time, no main-thread task of 50 ms, scripts under 120 kB.
const UPDATE_RATIO_GOAL = 1.5;
const TASK_GOAL_MS = 50;
const SCRIPT_GOAL_KB = 120;

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

const scripts = pageScripts("dist", "index.html");
const scriptKb = scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1000;
console.log(`| scripts the article page can load, gzipped (goal < ${SCRIPT_GOAL_KB} kB) | ${scriptKb.toFixed(1)} kB in ${scripts.length} files |`);

function browserRows(figure: string, timings: RunTiming[]): void {
  const ratios = timings.map((timing) => timing.updateMs / timing.trainMs);
  const worst = timings.reduce((a, b) => (a.updateMs / a.trainMs >= b.updateMs / b.trainMs ? a : b));
  const longest = Math.max(...timings.map((timing) => timing.longestTaskMs));
  const longTasks = timings.reduce((sum, timing) => sum + timing.longTasks, 0);
  const runs = `${timings.length} runs in Chromium, ${figure} figure on screen`;
  console.log(
    `| Train to last figure update / bare training in the same browser, ${runs} (goal ≤ ${UPDATE_RATIO_GOAL}x) | ` +
      `median ${median(ratios).toFixed(2)}x, worst ${(worst.updateMs / worst.trainMs).toFixed(2)}x (${worst.updateMs.toFixed(0)} ms / ${worst.trainMs.toFixed(0)} ms) |`,
  );
  console.log(`| longest main-thread task during a run, ${runs} (goal < ${TASK_GOAL_MS} ms) | ${longest.toFixed(1)} ms; ${longTasks} tasks of 50 ms or more |`);
}

for (const figure of ["loss", "boundaries"]) browserRows(figure, await benchmarkBrowserRuns("dist", figure, BROWSER_RUNS));
console.log("");
console.log("Scripts of the article page, gzipped:");
for (const script of scripts) console.log(`- ${script.file}: ${(script.gzipBytes / 1000).toFixed(1)} kB (${(script.bytes / 1000).toFixed(1)} kB raw)`);
