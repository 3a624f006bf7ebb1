// Runs pa11y-ci with both of its runners, axe and HTML_CodeSniffer, at WCAG 2 AA on every HTML page in
// dist/, served by `astro preview` and loaded in Debian's Chromium. Each page is tested at a desktop and
// a phone viewport, and once with a viewport as tall as the page, so that every island that hydrates
// when it scrolls into view is tested with its controls. Errors fail the test. Issues that axe can only flag for review, such as the contrast of text drawn
// over SVG, arrive as warnings, which the test counts and prints without failing.
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from "./helpers/browser.ts";
import { startPreview, type PreviewServer } from "./helpers/preview.ts";
import { builtPages, distFileOf, projectRoot } from "./helpers/site.ts";

const PA11Y_CI = join(projectRoot, "node_modules", "pa11y-ci", "bin", "pa11y-ci.js");
// Time pa11y may take to load and test one page, in milliseconds.
const PAGE_TIMEOUT_MS = 60_000;

interface Viewport {
  width: number;
  height: number;
  isMobile?: boolean;
  hasTouch?: boolean;
}

const DESKTOP: Viewport = { width: 1280, height: 1024 };
const PHONE: Viewport = { width: 375, height: 812, isMobile: true, hasTouch: true };
// Time the whole-page run waits after the page loads, in milliseconds, so that islands finish hydrating.
// NOTE: a fixed wait, so an island that takes longer to hydrate is tested as the build wrote it.
const HYDRATION_WAIT_MS = 1000;

/** A pa11y-ci run: its name and the viewport of each page, where "whole page" is the desktop width at the page's height. */
const runs: { name: string; viewport: Viewport | "whole page" }[] = [
  { name: "desktop viewport", viewport: DESKTOP },
  { name: "phone viewport", viewport: PHONE },
  { name: "whole page in view", viewport: "whole page" },
];

/** A page for pa11y-ci, in the form of its URL configuration. */
interface Pa11yTarget {
  url: string;
  viewport: Viewport;
  wait?: number;
}

/** An issue as pa11y reports it. */
interface Pa11yIssue {
  code: string;
  type: "error" | "warning" | "notice";
  message: string;
  context: string | null;
  selector: string;
  runner: string;
}

/** The report that `pa11y-ci --json` prints: per page URL, its issues, or the error that stopped its test. */
interface Pa11yReport {
  total: number;
  results: Record<string, (Pa11yIssue | { message: string })[]>;
}

function isIssue(entry: Pa11yIssue | { message: string }): entry is Pa11yIssue {
  return "type" in entry && "code" in entry;
}

/**
 * Runs a command with its standard output written to the file `stdoutPath` and resolves with its exit
 * status and standard error. A file and not a pipe, because pa11y-ci exits right after printing its
 * report, which cuts a report of more than a pipe's buffer short. Kills the command by its process
 * id after `timeoutMs`.
 */
function run(command: string, args: string[], stdoutPath: string, timeoutMs: number): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const stdout = openSync(stdoutPath, "w");
    const child = spawn(command, args, { cwd: projectRoot, stdio: ["ignore", stdout, "pipe"] });
    closeSync(stdout);
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs} ms`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.once("error", reject);
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/**
 * Runs pa11y-ci on `targets` and returns its parsed JSON report. Throws with pa11y-ci's output when it
 * exits with a status other than 0 (no issue) or 2 (issues found), for example when Chromium cannot
 * start, or when it prints no report.
 */
async function runPa11yCi(targets: Pa11yTarget[]): Promise<Pa11yReport> {
  const folder = mkdtempSync(join(tmpdir(), "pa11y-ci-"));
  const configPath = join(folder, "config.json");
  const config = {
    defaults: {
      standard: "WCAG2AA",
      runners: ["axe", "htmlcs"],
      includeWarnings: true,
      // axe's "needs review" results become warnings instead of errors of the rule's impact.
      levelCapWhenNeedsReview: "warning",
      timeout: PAGE_TIMEOUT_MS,
      chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    },
    urls: targets,
  };
  writeFileSync(configPath, JSON.stringify(config, null, 2));

  try {
    const runTimeoutMs = (targets.length + 1) * PAGE_TIMEOUT_MS;
    const stdoutPath = join(folder, "stdout.json");
    const { status, stderr } = await run(process.execPath, [PA11Y_CI, "--config", configPath, "--json"], stdoutPath, runTimeoutMs);
    const stdout = readFileSync(stdoutPath, "utf8");
    const output = `status ${status}\nstdout:\n${stdout.slice(0, 2000)}\nstderr:\n${stderr.slice(0, 4000)}`;
    if (status !== 0 && status !== 2) throw new Error(`pa11y-ci failed with ${output}`);
    const json = stdout.split("\n").findLast((line) => line.startsWith("{"));
    if (json === undefined) throw new Error(`pa11y-ci printed no JSON report, ${output}`);
    return JSON.parse(json) as Pa11yReport;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Returns the height in CSS pixels of each page at the desktop width, once it has loaded. */
async function pageHeights(urls: string[]): Promise<Map<string, number>> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: DESKTOP });
    const heights = new Map<string, number>();
    for (const url of urls) {
      await page.goto(url, { waitUntil: "load" });
      heights.set(url, await page.evaluate(() => document.documentElement.scrollHeight));
    }
    return heights;
  } finally {
    await browser.close();
  }
}

/** Names a tested page by its URL path and its file, such as `/ (dist/index.html)`. */
function pageName(url: string): string {
  const path = new URL(url).pathname;
  return `${path} (${distFileOf(path)})`;
}

function describeIssue(url: string, issue: Pa11yIssue): string {
  return `${pageName(url)} ${issue.runner} ${issue.code} at ${issue.selector}: ${issue.message}\n    ${(issue.context ?? "").slice(0, 160)}`;
}

/** Prints how many warnings of each runner and code every page has, so a reviewer can see what needs checking by hand. */
function printWarnings(runName: string, report: Pa11yReport): void {
  const counts = new Map<string, number>();
  for (const [url, entries] of Object.entries(report.results)) {
    for (const issue of entries.filter(isIssue).filter((entry) => entry.type === "warning")) {
      const key = `${pageName(url)} ${issue.runner} ${issue.code}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return;
  const lines = [...counts].map(([key, count]) => `  ${key}: ${count}`);
  console.warn(`pa11y warnings to review by hand (${runName}):\n${lines.join("\n")}`);
}

describe("accessibility", () => {
  const pages = builtPages();
  let server: PreviewServer;

  beforeAll(async () => {
    server = await startPreview();
  });

  afterAll(async () => {
    await server?.stop();
  });

  for (const { name, viewport } of runs) {
    describe(name, () => {
      let report: Pa11yReport;

      beforeAll(async () => {
        const urls = pages.map((page) => `${server.url}${page.urlPath}`);
        let targets: Pa11yTarget[];
        if (viewport === "whole page") {
          const heights = await pageHeights(urls);
          targets = urls.map((url) => ({ url, viewport: { ...DESKTOP, height: heights.get(url)! }, wait: HYDRATION_WAIT_MS }));
        } else {
          targets = urls.map((url) => ({ url, viewport }));
        }
        report = await runPa11yCi(targets);
        printWarnings(name, report);
      }, (pages.length + 2) * PAGE_TIMEOUT_MS);

      test("tests every built page", () => {
        const tested = Object.keys(report.results).map((url) => new URL(url).pathname);
        expect(tested.sort()).toEqual(pages.map((page) => page.urlPath).sort());
      });

      test("loads every page", () => {
        const failures = Object.entries(report.results).flatMap(([url, entries]) =>
          entries.filter((entry) => !isIssue(entry)).map((entry) => `${pageName(url)}: ${entry.message}`),
        );
        expect(failures).toEqual([]);
      });

      test("finds no WCAG 2 AA error", () => {
        const errors = Object.entries(report.results).flatMap(([url, entries]) =>
          entries
            .filter(isIssue)
            .filter((issue) => issue.type === "error")
            .map((issue) => describeIssue(url, issue)),
        );
        expect(errors).toEqual([]);
      });
    });
  }
});
