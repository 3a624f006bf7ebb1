// Browser measurements for `npm run bench`: a run of the article's settings
// in headless Chromium against `astro preview`, and the size of the scripts
// the article page loads. Expects a fresh build in dist/.
import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { defaultSettings, settingsToConfig } from "../src/lib/playground/settings.ts";
import { launchChromium } from "../tests/helpers/browser.ts";
import { startPreview } from "../tests/helpers/preview.ts";

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface RunTiming {
  /** From the Train click to the last change of any figure's chart, in ms, measured without tracing. */
  updateMs: number;
  /** The worker's bare training time of the same run, in ms. */
  trainMs: number;
  /**
   * Maximum duration of a main-thread task between the click and the last
   * chart change, in ms, from a Chromium trace of a second run on a fresh
   * page. Tracing slows the page, so that run's times are not used.
   */
  longestTaskMs: number;
  /** Tasks of 50 ms or more that a `longtask` PerformanceObserver reported during both runs. */
  longTasks: number;
}

const IMPORT_PATTERNS = [/import\(\s*"(\.\/[^"]+\.js)"\s*\)/g, /(?:from|import)\s*"(\.\/[^"]+\.js)"/g, /new URL\(\s*"([^"]+\.js)"\s*,\s*import\.meta\.url\)/g];

/**
 * Lists every script that a page of dist/ can load: its module scripts and,
 * from them, every static and dynamic import and every worker created from
 * `new URL(..., import.meta.url)`. Sizes are of the files, gzipped with
 * zlib's default level, as most servers compress.
 */
export function pageScripts(dist: string, page: string): ScriptSize[] {
  const html = readFileSync(join(dist, page), "utf8");
  const pending = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => normalize(join(dirname(page), match[1]!)));
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    for (const pattern of IMPORT_PATTERNS) {
      for (const match of code.matchAll(pattern)) pending.push(normalize(join(dirname(file), match[1]!)));
    }
  }
  return [...seen].sort().map((file) => {
    const content = readFileSync(join(dist, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}

// Names of a main-thread task in Chromium's traces, older and newer.
const TASK_EVENTS = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Returns the longest task on a renderer's main thread that overlaps `durationMs` from the user-timing mark `start`, in ms. */
function longestTask(trace: Buffer, start: string, durationMs: number): number {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events.filter((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain").map((event) => `${event.pid}:${event.tid}`),
  );
  const markTime = (name: string) => events.find((event) => event.name === name && event.ph !== "M")?.ts;
  const from = markTime(start);
  if (from === undefined) throw new Error(`the trace has no user timing mark "${start}"`);
  const to = from + durationMs * 1000;
  let longest = 0;
  for (const event of events) {
    if (!TASK_EVENTS.has(event.name) || event.ph !== "X" || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    const ends = event.ts + (event.dur ?? 0);
    if (ends >= from && event.ts <= to) longest = Math.max(longest, (event.dur ?? 0) / 1000);
  }
  return longest;
}

/** Installs the page-side probes: long tasks, chart changes and the time of the Train click. */
async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe = { clickAt: 0, lastChange: 0, longTasks: 0 };
    (window as unknown as { benchProbe: typeof probe }).benchProbe = probe;
    new PerformanceObserver((list) => (probe.longTasks += list.getEntries().length)).observe({ type: "longtask" });
    const observer = new MutationObserver(() => (probe.lastChange = performance.now()));
    for (const chart of document.querySelectorAll(".figure-chart")) observer.observe(chart, { childList: true });
    document.addEventListener(
      "click",
      (event) => {
        if ((event.target as Element).closest(".experiment-train")) {
          probe.clickAt = performance.now();
          probe.longTasks = 0;
          performance.mark("bench-start");
        }
      },
      true,
    );
  });
}

/** Asks a fresh training worker of the built site to train the article's run uninterrupted, and returns its time. */
async function bareTrainingMs(page: Page, workerFile: string): Promise<number> {
  const config = settingsToConfig(defaultSettings);
  return page.evaluate(
    ({ url, config }) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(url, { type: "module" });
        worker.onmessage = (event: MessageEvent<{ type: string; trainMs: number }>) => {
          worker.terminate();
          if (event.data.type === "benchmark") resolve(event.data.trainMs);
          else reject(new Error(`the worker replied ${JSON.stringify(event.data)}`));
        };
        worker.onerror = () => reject(new Error(`the worker ${url} failed to start`));
        worker.postMessage({ type: "benchmark", runId: 1, config });
      }),
    { url: workerFile, config },
  );
}

interface PageRun {
  updateMs: number;
  longTasks: number;
  longestTaskMs: number | undefined;
  trainMs: number | undefined;
}

/** Opens the article, presses Train in `figureName` and waits for the last chart change; with `trace`, records a Chromium trace. */
async function runOnPage(browser: Browser, url: string, figureName: string, workerFile: string, trace: boolean): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  try {
    await page.goto(url);
    const figure = page.locator(`#figure-${figureName}`);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector(`#figure-${figureName}[data-island-state=hydrated]`);
    await installProbes(page);
    // Let the worker start and the miniature drawings compile the figures, as they do while a reader reads.
    await page.waitForTimeout(1000);

    if (trace) await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "blink.user_timing"] });
    await figure.locator(".experiment-train").click();
    await page.waitForFunction((name) => document.querySelector(`#figure-${name} .experiment-status`)?.textContent?.startsWith("Finished"), figureName, {
      timeout: 120_000,
    });
    // A figure may still draw its last panels in the frames after the status line changes.
    await page.waitForTimeout(1000);
    const traceData = trace ? await browser.stopTracing() : undefined;
    const probe = await page.evaluate(() => (window as unknown as { benchProbe: { clickAt: number; lastChange: number; longTasks: number } }).benchProbe);
    const updateMs = probe.lastChange - probe.clickAt;
    return {
      updateMs,
      longTasks: probe.longTasks,
      longestTaskMs: traceData ? longestTask(traceData, "bench-start", updateMs) : undefined,
      trainMs: trace ? undefined : await bareTrainingMs(page, workerFile),
    };
  } finally {
    await page.close();
  }
}

async function measureRun(browser: Browser, url: string, figureName: string, workerFile: string): Promise<RunTiming> {
  const timed = await runOnPage(browser, url, figureName, workerFile, false);
  const traced = await runOnPage(browser, url, figureName, workerFile, true);
  return {
    updateMs: timed.updateMs,
    trainMs: timed.trainMs!,
    longestTaskMs: traced.longestTaskMs!,
    longTasks: timed.longTasks + traced.longTasks,
  };
}

/** Runs the article's settings `runs` times from the figure `figureName` of the article and measures each run. */
export async function benchmarkBrowserRuns(dist: string, figureName: string, runs: number): Promise<RunTiming[]> {
  const worker = pageScripts(dist, "index.html").find((script) => /training\.worker/.test(script.file));
  if (!worker) throw new Error("no training worker script found among the article's scripts; build the site first");
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    const timings: RunTiming[] = [];
    for (let i = 0; i < runs; i++) timings.push(await measureRun(browser, `${server.url}/`, figureName, `${server.url}/${worker.file}`));
    return timings;
  } finally {
    await browser.close();
    await server.stop();
  }
}
