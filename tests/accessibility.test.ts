// Runs pa11y-ci with both of its runners, axe and HTML_CodeSniffer, at WCAG 2 AA on every HTML page in
// dist/, served by `astro preview` and loaded in Debian's Chromium at a desktop and a phone viewport.
// Errors fail the test. Issues that axe can only flag for review, such as the contrast of text drawn
// over SVG, arrive as warnings, which the test counts and prints without failing.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./helpers/browser.ts";
import { startPreview, type PreviewServer } from "./helpers/preview.ts";
import { builtPages, distFileOf, projectRoot } from "./helpers/site.ts";

const PA11Y_CI = join(projectRoot, "node_modules", "pa11y-ci", "bin", "pa11y-ci.js");
// Time pa11y may take to load and test one page, in milliseconds.
const PAGE_TIMEOUT_MS = 60_000;

const viewports = [
  { name: "desktop", viewport: { width: 1280, height: 1024 } },
  { name: "phone", viewport: { width: 375, height: 812, isMobile: true, hasTouch: true } },
];

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

/** Runs a command and resolves with its exit status and output; kills it by its process id after `timeoutMs`. */
function run(command: string, args: string[], timeoutMs: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${timeoutMs} ms`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.once("error", reject);
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Runs pa11y-ci on `urls` at one viewport and returns its parsed JSON report. Throws with pa11y-ci's
 * output when it exits with a status other than 0 (no issue) or 2 (issues found), for example when
 * Chromium cannot start, or when it prints no report.
 */
async function runPa11yCi(urls: string[], viewport: object): Promise<Pa11yReport> {
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
      viewport,
      chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    },
    urls,
  };
  writeFileSync(configPath, JSON.stringify(config, null, 2));

  try {
    const runTimeoutMs = (urls.length + 1) * PAGE_TIMEOUT_MS;
    const { status, stdout, stderr } = await run(process.execPath, [PA11Y_CI, "--config", configPath, "--json"], runTimeoutMs);
    const output = `status ${status}\nstdout:\n${stdout.slice(0, 2000)}\nstderr:\n${stderr.slice(0, 4000)}`;
    if (status !== 0 && status !== 2) throw new Error(`pa11y-ci failed with ${output}`);
    const json = stdout.split("\n").findLast((line) => line.startsWith("{"));
    if (json === undefined) throw new Error(`pa11y-ci printed no JSON report, ${output}`);
    return JSON.parse(json) as Pa11yReport;
  } finally {
    rmSync(folder, { recursive: true, force: true });
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
function printWarnings(viewportName: string, report: Pa11yReport): void {
  const counts = new Map<string, number>();
  for (const [url, entries] of Object.entries(report.results)) {
    for (const issue of entries.filter(isIssue).filter((entry) => entry.type === "warning")) {
      const key = `${pageName(url)} ${issue.runner} ${issue.code}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return;
  const lines = [...counts].map(([key, count]) => `  ${key}: ${count}`);
  console.warn(`pa11y warnings to review by hand (${viewportName} viewport):\n${lines.join("\n")}`);
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

  for (const { name, viewport } of viewports) {
    describe(`${name} viewport`, () => {
      let report: Pa11yReport;

      beforeAll(async () => {
        report = await runPa11yCi(
          pages.map((page) => `${server.url}${page.urlPath}`),
          viewport,
        );
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
