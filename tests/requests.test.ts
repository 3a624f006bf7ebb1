// Loads every HTML page in dist/ from `astro preview` in Debian's Chromium and scrolls through it, so
// that islands which hydrate when visible load their scripts, workers and data. Every request of the
// page and of its workers is recorded. A request to any origin other than the preview server's fails
// the test, and so do an error response, a failed request and an uncaught script error.
// Requests to other hosts are aborted before they leave the browser.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.ts";
import { startPreview, type PreviewServer } from "./helpers/preview.ts";
import { builtPages } from "./helpers/site.ts";

// How long the network must stay quiet before a page counts as loaded, and the most to wait for that, in milliseconds.
const QUIET_MS = 750;
const QUIET_TIMEOUT_MS = 20_000;
// Pause after each scroll step, in milliseconds, so observers fire and hydrated islands start their requests.
const SCROLL_PAUSE_MS = 150;
const MAX_SCROLL_STEPS = 200;

/** What one visit of a page recorded. */
interface Visit {
  /** Every URL the page or its workers requested, including the page itself. */
  requested: string[];
  /** Requests and WebSocket connections to another origin. */
  otherHosts: string[];
  /** Responses with an HTTP error status and requests to the preview server that failed. */
  failures: string[];
  /** Uncaught errors of the page's scripts. */
  scriptErrors: string[];
}

/** Counts the requests in flight in a browser context, to wait until its network is quiet. */
class NetworkTracker {
  private inFlight = 0;
  private lastChange = Date.now();

  constructor(context: BrowserContext) {
    context.on("request", () => this.change(1));
    context.on("requestfinished", () => this.change(-1));
    context.on("requestfailed", () => this.change(-1));
  }

  private change(delta: number): void {
    this.inFlight += delta;
    this.lastChange = Date.now();
  }

  /** Resolves once no request has been in flight for `QUIET_MS`; throws after `QUIET_TIMEOUT_MS`. */
  async waitForQuiet(label: string): Promise<void> {
    const deadline = Date.now() + QUIET_TIMEOUT_MS;
    while (this.inFlight > 0 || Date.now() - this.lastChange < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`${label}: network still busy after ${QUIET_TIMEOUT_MS} ms (${this.inFlight} requests in flight)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Scrolls from the top to the bottom of the page one viewport at a time, rereading the height as the page grows. */
async function scrollThrough(page: Page): Promise<void> {
  for (let step = 0; step < MAX_SCROLL_STEPS; step++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy({ top: window.innerHeight * 0.8, behavior: "instant" });
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await page.waitForTimeout(SCROLL_PAUSE_MS);
    if (atBottom) return;
  }
}

function isOtherOrigin(url: string, origin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === "data:") return false;
  return parsed.origin !== origin;
}

async function visit(browser: Browser, origin: string, urlPath: string): Promise<Visit> {
  const context = await browser.newContext();
  const result: Visit = { requested: [], otherHosts: [], failures: [], scriptErrors: [] };
  const aborted = new Set<string>();

  try {
    const network = new NetworkTracker(context);
    context.on("request", (request) => {
      result.requested.push(request.url());
      if (isOtherOrigin(request.url(), origin)) result.otherHosts.push(`${request.resourceType()} ${request.url()}`);
    });
    context.on("response", (response) => {
      if (response.status() >= 400) result.failures.push(`HTTP ${response.status()} ${response.url()}`);
    });
    context.on("requestfailed", (request) => {
      if (!aborted.has(request.url())) result.failures.push(`${request.failure()?.errorText ?? "failed"} ${request.url()}`);
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (!isOtherOrigin(url, origin)) return route.continue();
      aborted.add(url);
      return route.abort("blockedbyclient");
    });

    const page = await context.newPage();
    page.on("websocket", (socket) => {
      if (isOtherOrigin(socket.url().replace(/^ws/, "http"), origin)) result.otherHosts.push(`websocket ${socket.url()}`);
    });
    page.on("pageerror", (error) => result.scriptErrors.push(error.message));

    await page.goto(`${origin}${urlPath}`, { waitUntil: "load" });
    await network.waitForQuiet(urlPath);
    await scrollThrough(page);
    await network.waitForQuiet(urlPath);
    return result;
  } finally {
    await context.close();
  }
}

describe("browser requests", () => {
  const pages = builtPages();
  let server: PreviewServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const { file, urlPath } of pages) {
    test(`${urlPath} loads only from the preview server`, async () => {
      const { requested, otherHosts, failures, scriptErrors } = await visit(browser, server.url, urlPath);

      expect(requested, `requests of ${urlPath}`).toContain(`${server.url}${urlPath}`);
      expect.soft(otherHosts, `requests of ${urlPath} (dist/${file}) to another host`).toEqual([]);
      expect.soft(failures, `failed requests of ${urlPath} (dist/${file})`).toEqual([]);
      expect.soft(scriptErrors, `script errors on ${urlPath} (dist/${file})`).toEqual([]);
    });
  }
});
