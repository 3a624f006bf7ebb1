// End-to-end tests of the interactive figures and the playground in Debian's
// Chromium, against the built site in dist/ served by `astro preview`.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./helpers/browser.ts";
import { startPreview, type PreviewServer } from "./helpers/preview.ts";
import { serveFolder } from "./helpers/static-server.ts";

interface NetworkNumbers {
  finalLoss: number | null;
  trainAccuracy: number;
  testAccuracy: number;
  divergedAt: number | null;
  lossHistory: number[];
}

interface ResultsFile {
  config: Record<string, unknown>;
  epoch: number;
  networks: [NetworkNumbers, NetworkNumbers];
}

const figureNames = ["dataset", "loss", "boundaries", "trace", "hidden"];

/** Settings each chapter figure offers, by the label of their first control. */
const chapterControls: Record<string, string[]> = {
  dataset: ["Noise", "Random seed"],
  loss: ["Network 1 activation", "Network 2 activation", "Learning rate", "Epochs"],
  boundaries: ["Network 1 activation", "Network 2 activation", "Units per hidden layer", "Hidden layers"],
  trace: ["Network 1 activation", "Network 2 activation", "Weight initialization"],
  hidden: ["Network 1 activation", "Network 2 activation", "Hidden layers"],
};

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

/**
 * Opens a page in a fresh context that records console errors and uncaught
 * exceptions. Failed loads of addresses in `expectedFailures` are left out,
 * because the tests break those on purpose.
 */
async function openPage(path: string, options: BrowserContextOptions & { expectedFailures?: RegExp } = {}) {
  const { expectedFailures, ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (expectedFailures?.test(message.location().url)) return;
    errors.push(`console error: ${message.text()} at ${message.location().url}`);
  });
  return {
    page,
    errors,
    goto: () => page.goto(`${server.url}${path}`),
    close: () => context.close(),
  };
}

function figure(page: Page, name: string): Locator {
  return page.locator(`#figure-${name}`);
}

async function hydrate(page: Page, name: string): Promise<Locator> {
  const island = figure(page, name);
  await island.scrollIntoViewIfNeeded();
  await expect.poll(() => island.getAttribute("data-island-state")).toBe("hydrated");
  return island;
}

/** Waits until the status line of `scope` matches `pattern` and returns its text. */
async function waitForStatus(scope: Locator, pattern: RegExp, timeout = 60_000): Promise<string> {
  const status = scope.locator(".experiment-status").first();
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout }).toMatch(pattern);
  return (await status.textContent()) ?? "";
}

async function chartHtml(island: Locator): Promise<string> {
  return island.locator(".figure-chart").first().innerHTML();
}

/** Sets a number or text field the way a reader does: select its text, type, press Enter. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press("Enter");
}

async function download(page: Page): Promise<ResultsFile> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download results (JSON)" }).click()]);
  const path = await file.path();
  return JSON.parse(readFileSync(path, "utf8")) as ResultsFile;
}

async function publishedResults(): Promise<ResultsFile> {
  const response = await fetch(`${server.url}/data/experiment.json`);
  return (await response.json()) as ResultsFile;
}

describe("article islands", () => {
  test("each island hydrates when scrolled to, not before", async () => {
    const { page, errors, goto, close } = await openPage("/", { viewport: { width: 1200, height: 700 } });
    await goto();
    const initial = new Map<string, string>();
    for (const name of figureNames) initial.set(name, await chartHtml(figure(page, name)));
    await page.waitForTimeout(300);

    const seen = new Set<string>();
    for (const name of figureNames) {
      for (const other of figureNames) {
        const box = await figure(page, other).boundingBox();
        if (box && box.y < 700 && box.y + box.height > 0) seen.add(other);
      }
      for (const other of figureNames.filter((candidate) => !seen.has(candidate))) {
        expect(await figure(page, other).getAttribute("data-island-state"), `${other} before it was on screen`).toBeNull();
        expect(await figure(page, other).locator(".experiment-panel").count(), `${other} panel before hydration`).toBe(0);
      }

      const island = await hydrate(page, name);
      seen.add(name);
      expect(await island.locator(".experiment-panel").count(), `${name} panel`).toBe(1);
      for (const label of chapterControls[name]!) {
        await expect.poll(() => island.getByLabel(label, { exact: true }).count(), { message: `${name} control ${label}` }).toBe(1);
      }
      expect(await chartHtml(island), `${name} chart after hydration`).toBe(initial.get(name));
    }
    expect(errors).toEqual([]);
    await close();
  });

  test("retraining redraws figures and their text", async () => {
    const { page, errors, goto, close } = await openPage("/");
    await goto();
    const loss = await hydrate(page, "loss");
    const before = {
      chart: await chartHtml(loss),
      caption: await loss.locator(".figure-caption-text").textContent(),
      description: await loss.locator(".figure-description p").textContent(),
      name: await loss.getAttribute("aria-labelledby"),
    };

    await typeInto(loss.getByLabel("Epochs", { exact: true }), "60");
    await waitForStatus(loss, /^Finished: 60 epochs\.$/);
    await expect.poll(() => chartHtml(loss)).not.toBe(before.chart);
    const caption = await loss.locator(".figure-caption-text").textContent();
    const description = await loss.locator(".figure-description p").textContent();
    expect(caption).not.toBe(before.caption);
    expect(caption).toMatch(/^Mean binary cross-entropy of each training epoch\. Final loss: Sigmoid \d\.\d{4}, ReLU \d\.\d{4}\.$/);
    expect(description).not.toBe(before.description);
    expect(description).toContain("at epoch 60");
    expect(await loss.getAttribute("aria-labelledby")).toBe(before.name);
    expect(await page.locator(`#${before.name}`).textContent()).toBe("Training loss per epoch.");
    expect(page.url()).toContain("epochs=60");

    // Every island shares the one experiment: the boundaries figure shows the new run when it comes into view.
    const boundaries = await hydrate(page, "boundaries");
    await expect.poll(() => boundaries.locator(".experiment-status").textContent()).toBe("Finished: 60 epochs.");
    await boundaries.getByLabel("Network 1 activation").selectOption("tanh");
    await waitForStatus(boundaries, /^Finished: 60 epochs\.$/);
    await expect.poll(() => boundaries.locator(".figure-caption-text").textContent()).toContain("Tanh");
    await loss.scrollIntoViewIfNeeded();
    expect(await loss.getByLabel("Network 1 activation").inputValue()).toBe("tanh");
    await expect.poll(() => loss.locator(".figure-caption-text").textContent()).toContain("Tanh");
    expect(errors).toEqual([]);
    await close();
  });

  test("divergence is reported and the next run trains", async () => {
    const { page, errors, goto, close } = await openPage("/?activation=leaky-relu,relu&lr=10");
    await goto();
    const loss = await hydrate(page, "loss");
    await waitForStatus(loss, /^Finished: 800 epochs\.$/);
    const warning = loss.locator(".experiment-warning");
    await expect.poll(() => warning.textContent()).toBe(
      "Leaky ReLU diverged at epoch 4: its loss or weights stopped being finite numbers. Try a smaller learning rate.",
    );
    expect(await warning.isVisible()).toBe(true);
    await expect.poll(() => page.locator("[role=status][aria-live=polite]").textContent()).toContain("Leaky ReLU diverged at epoch 4");
    expect(await loss.locator(".figure-caption-text").textContent()).toContain("Leaky ReLU diverged at epoch 4");
    for (const name of figureNames) await hydrate(page, name);
    await page.waitForTimeout(500);
    expect(await page.locator("main").textContent()).not.toMatch(/\bNaN\b|\bInfinity\b|undefined/);

    await loss.scrollIntoViewIfNeeded();
    await typeInto(loss.getByLabel("Learning rate", { exact: true }), "0.05");
    await waitForStatus(loss, /^Finished: 800 epochs\.$/);
    await expect.poll(() => loss.locator(".experiment-messages").textContent()).toMatch(/^Leaky ReLU: test accuracy \d+\.\d%/);
    expect(await warning.count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test("results that fail to load keep the prebaked figure", async () => {
    const { page, errors, goto, close } = await openPage("/", { expectedFailures: /experiment\.json/ });
    await page.route("**/data/experiment.json", (route) => route.fulfill({ status: 404, body: "not found" }));
    await goto();
    const loss = figure(page, "loss");
    const before = await chartHtml(loss);
    await loss.scrollIntoViewIfNeeded();
    await expect.poll(() => loss.getAttribute("data-island-state")).toBe("unavailable");
    expect(await loss.locator(".island-note").textContent()).toMatch(/^The interactive version is unavailable: the results of the build could not be loaded\./);
    expect(await loss.locator(".island-note").isVisible()).toBe(true);
    expect(await loss.locator(".experiment-panel").count()).toBe(0);
    expect(await chartHtml(loss)).toBe(before);
    expect(errors).toEqual([]);
    await close();
  });

  test("worker that fails to load keeps the prebaked figure", async () => {
    const { page, errors, goto, close } = await openPage("/", { expectedFailures: /training\.worker/ });
    await page.route("**/training.worker-*.js", (route) => route.fulfill({ status: 404, body: "not found" }));
    await goto();
    const loss = figure(page, "loss");
    const before = await chartHtml(loss);
    // The page starts the worker as soon as the first island hydrates, so the note comes without pressing Train.
    await loss.scrollIntoViewIfNeeded();
    await expect.poll(() => loss.getAttribute("data-island-state")).toBe("unavailable");
    expect(await loss.locator(".island-note").textContent()).toContain("The interactive version is unavailable");
    expect(await loss.locator(".experiment-panel").isVisible()).toBe(false);
    expect(await chartHtml(loss)).toBe(before);
    const boundaries = figure(page, "boundaries");
    await boundaries.scrollIntoViewIfNeeded();
    await expect.poll(() => boundaries.getAttribute("data-island-state")).toBe("unavailable");
    expect(errors).toEqual([]);
    await close();
  });

  test("reduced motion draws the finished run only", async () => {
    const { page, errors, goto, close } = await openPage("/?epochs=300", { reducedMotion: "reduce" });
    await goto();
    const loss = figure(page, "loss");
    // The observer counts redraws from before the figure hydrates.
    await loss.evaluate((element) => {
      const counter = window as unknown as { chartChanges: number };
      counter.chartChanges = 0;
      new MutationObserver(() => counter.chartChanges++).observe(element.querySelector(".figure-chart")!, { childList: true });
    });
    await loss.scrollIntoViewIfNeeded();
    await waitForStatus(loss, /^Finished: 300 epochs\.$/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { chartChanges: number }).chartChanges)).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("playground", () => {
  test("article's settings repeat the build's run", async () => {
    const { page, errors, goto, close } = await openPage("/playground/");
    await goto();
    const panel = page.locator("#playground-controls");
    await expect.poll(() => panel.getAttribute("data-island-state")).toBe("hydrated");
    await panel.getByRole("button", { name: "Train" }).click();
    await waitForStatus(panel, /^Finished: 800 epochs\.$/);
    const rerun = await download(page);
    const published = await publishedResults();
    expect(rerun.config).toEqual(published.config);
    expect(rerun.epoch).toBe(published.epoch);
    rerun.networks.forEach((network, side) => {
      const built = published.networks[side]!;
      expect(Math.abs(network.finalLoss! - built.finalLoss!), `final loss of network ${side + 1}`).toBeLessThan(1e-9);
      expect(Math.abs(network.testAccuracy - built.testAccuracy), `test accuracy of network ${side + 1}`).toBeLessThan(1e-9);
      expect(Math.abs(network.trainAccuracy - built.trainAccuracy), `train accuracy of network ${side + 1}`).toBeLessThan(1e-9);
      const worst = Math.max(...network.lossHistory.map((loss, epoch) => Math.abs(loss - built.lossHistory[epoch]!)));
      expect(worst, `loss history of network ${side + 1}`).toBeLessThan(1e-9);
    });
    expect(await page.locator("[role=status][aria-live=polite]").textContent()).toBe(
      "Training finished at epoch 800. Sigmoid: test accuracy 79.0%, final loss 0.2822. ReLU: test accuracy 96.0%, final loss 0.0353.",
    );
    expect(errors).toEqual([]);
    await close();
  });

  test("reset reproduces the run", async () => {
    const { page, errors, goto, close } = await openPage("/playground/?epochs=80&seed=moons");
    await goto();
    const panel = page.locator("#playground-controls");
    await waitForStatus(panel, /^Finished: 80 epochs\.$/);
    const first = await download(page);

    await panel.getByRole("button", { name: "Reset" }).click();
    await waitForStatus(panel, /^Ready at epoch 0 of 80: press Train or Step\.$/);
    await panel.getByRole("button", { name: "Train" }).click();
    await waitForStatus(panel, /^Finished: 80 epochs\.$/);
    expect(await download(page)).toEqual(first);
    expect(errors).toEqual([]);
    await close();
  });

  test("shared link reproduces a run made with the controls", async () => {
    const first = await openPage("/playground/");
    await first.goto();
    const panel = first.page.locator("#playground-controls");
    await expect.poll(() => panel.getAttribute("data-island-state")).toBe("hydrated");
    await panel.getByLabel("Network 1 activation").selectOption("tanh");
    await typeInto(panel.getByLabel("Learning rate", { exact: true }), "0.1");
    await typeInto(panel.getByLabel("Epochs", { exact: true }), "120");
    await typeInto(panel.getByLabel("Random seed"), "shared");
    await waitForStatus(panel, /^Finished: 120 epochs\.$/);
    const fromControls = await download(first.page);
    const link = first.page.url();
    expect(new URL(link).search).toBe("?activation=tanh%2Crelu&lr=0.1&epochs=120&seed=shared");

    const second = await openPage(new URL(link).pathname + new URL(link).search);
    await second.goto();
    const sharedPanel = second.page.locator("#playground-controls");
    await waitForStatus(sharedPanel, /^Finished: 120 epochs\.$/);
    expect(await download(second.page)).toEqual(fromControls);
    expect(await sharedPanel.getByLabel("Network 1 activation").inputValue()).toBe("tanh");
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.close();
    await second.close();
  });

  test("hostile link ends with sane settings", async () => {
    const { page, errors, goto, close } = await openPage("/playground/?noise=2000&epochs=1e9&lr=-1&seed=&activation=foo");
    await goto();
    const panel = page.locator("#playground-controls");
    await expect.poll(() => panel.getAttribute("data-island-state")).toBe("hydrated");
    const notices = panel.locator(".experiment-notices");
    expect(await notices.isVisible()).toBe(true);
    const text = await notices.textContent();
    expect(text).toContain("noise 2000 is above the maximum; using 1.");
    expect(text).toContain("epochs 1e9 is above the maximum; using 5000.");
    expect(text).toContain("lr -1 is below the minimum; using 0.00001.");
    expect(text).toMatch(/seed must be a whole number or text .*; using 42\./);
    expect(text).toMatch(/activation must be one or two of .*"foo"/);
    expect(await panel.getByLabel("Noise", { exact: true }).inputValue()).toBe("1");
    expect(await panel.getByLabel("Epochs", { exact: true }).inputValue()).toBe("5000");
    expect(await panel.getByLabel("Learning rate", { exact: true }).inputValue()).toBe("0.00001");
    expect(await panel.getByLabel("Random seed").inputValue()).toBe("42");
    expect(await panel.getByLabel("Network 1 activation").inputValue()).toBe("sigmoid");
    expect(new URL(page.url()).search).toBe("?lr=0.00001&epochs=5000&noise=1");

    await waitForStatus(panel, /^Training: epoch \d+ of 5000\.$/);
    await panel.getByRole("button", { name: "Pause" }).click();
    await waitForStatus(panel, /^Paused at epoch \d+ of 5000\.$/);
    await typeInto(panel.getByLabel("Epochs", { exact: true }), "30");
    await waitForStatus(panel, /^Finished: 30 epochs\.$/);
    await panel.getByRole("button", { name: "Dismiss" }).click();
    expect(await notices.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  test("keyboard operates every control", async () => {
    const { page, errors, goto, close } = await openPage("/playground/?epochs=40");
    await goto();
    const panel = page.locator("#playground-controls");
    await waitForStatus(panel, /^Finished: 40 epochs\.$/);

    // Tab from the skip link and the back link into the panel, and through all of it.
    const names: string[] = [];
    await page.locator("body").focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || !element.closest("#playground-controls")) return null;
        const style = getComputedStyle(element);
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
        return { name: element.getAttribute("aria-label") ?? label ?? element.textContent ?? "", outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      if (!focused) {
        if (names.length > 0) break;
        continue;
      }
      names.push(focused.name);
      expect(focused.outline, `focus ring of ${focused.name}`).toMatch(/^solid [23]px$/);
    }
    expect(names).toEqual([
      "Train",
      "Step one epoch",
      "Reset",
      "Download results (JSON)",
      "Network 1 activation",
      "Network 2 activation",
      "Learning rate, logarithmic slider",
      "Learning rate",
      "Epochs",
      "Batch size",
      "Units per hidden layer",
      "Hidden layers",
      "Weight initialization",
      "Noise slider",
      "Noise",
      "Random seed",
    ]);

    const status = panel.locator(".experiment-status");
    const url = () => new URL(page.url()).searchParams;

    await panel.getByLabel("Network 1 activation").focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => url().get("activation")).toBe("relu,relu");
    await waitForStatus(panel, /^Finished: 40 epochs\.$/);

    await panel.getByLabel("Learning rate, logarithmic slider").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => url().get("lr")).toBe("0.063");
    expect(await panel.getByLabel("Learning rate", { exact: true }).inputValue()).toBe("0.063");

    await panel.getByLabel("Epochs", { exact: true }).focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect.poll(() => url().get("epochs")).toBe("41");
    await waitForStatus(panel, /^Finished: 41 epochs\.$/);

    for (const [label, parameter, expected] of [
      ["Batch size", "batch", "65"],
      ["Units per hidden layer", "width", "9"],
      ["Hidden layers", "depth", "3"],
    ] as const) {
      await panel.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Enter");
      await expect.poll(() => url().get(parameter), { message: label }).toBe(expected);
    }

    await panel.getByLabel("Weight initialization").focus();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => url().get("init")).toBe("he");

    await panel.getByLabel("Noise slider").focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => url().get("noise")).toBe("0.17");

    await panel.getByLabel("Random seed").focus();
    await page.keyboard.press("End");
    await page.keyboard.type("7");
    await page.keyboard.press("Enter");
    await expect.poll(() => url().get("seed")).toBe("427");
    await waitForStatus(panel, /^Finished: 41 epochs\.$/);

    const epochs = panel.getByLabel("Epochs", { exact: true });
    await typeInto(epochs, "2.5");
    expect(await epochs.inputValue()).toBe("41");
    expect(await epochs.getAttribute("aria-invalid")).toBe("true");
    expect(await panel.locator(`#${await epochs.getAttribute("id")}-message`).textContent()).toBe(
      "Epochs must be a whole number from 1 to 5000. Kept 41.",
    );
    await typeInto(epochs, "41");
    expect(await epochs.getAttribute("aria-invalid")).toBeNull();

    await panel.getByRole("button", { name: "Reset" }).focus();
    await page.keyboard.press("Enter");
    await waitForStatus(panel, /^Ready at epoch 0 of 41: press Train or Step\.$/);
    await panel.getByRole("button", { name: "Step one epoch" }).focus();
    await page.keyboard.press("Space");
    await waitForStatus(panel, /^Paused at epoch 1 of 41\.$/);
    await panel.getByRole("button", { name: "Resume" }).focus();
    await page.keyboard.press("Enter");
    await waitForStatus(panel, /^Finished: 41 epochs\.$/);
    expect(await status.textContent()).toBe("Finished: 41 epochs.");
    expect(errors).toEqual([]);
    await close();
  });

  test("every view hydrates and follows the run", async () => {
    const { page, errors, goto, close } = await openPage("/playground/?epochs=50", { viewport: { width: 390, height: 800 } });
    await goto();
    const panel = page.locator("#playground-controls");
    await waitForStatus(panel, /^Finished: 50 epochs\.$/);
    for (const name of figureNames) {
      const island = await hydrate(page, name);
      expect(await island.locator(".experiment-panel").count(), `${name} has no panel of its own`).toBe(0);
      await expect.poll(() => island.locator(".figure-description p").textContent(), { message: name }).not.toBe("");
    }
    await expect.poll(() => figure(page, "loss").locator(".figure-caption-text").textContent()).toMatch(/Final loss: Sigmoid \d/);
    const narrow = figure(page, "loss").locator(".figure-chart-narrow");
    expect(await narrow.isVisible()).toBe(true);
    await expect.poll(() => narrow.locator("[aria-label]").first().getAttribute("aria-label")).toBe("Training loss per epoch");
    await expect.poll(() => figure(page, "loss").locator(".figure-description p").textContent()).toContain("at epoch 50");
    expect(errors).toEqual([]);
    await close();
  });
});

describe("deployment", () => {
  test("site works from a subfolder", async () => {
    const dist = fileURLToPath(new URL("../dist", import.meta.url));
    const host = await serveFolder(dist, "deep/folder");
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on("requestfailed", (request) => failures.push(request.url()));
    page.on("response", (response) => response.status() >= 400 && failures.push(`${response.status()} ${response.url()}`));
    page.on("pageerror", (error) => failures.push(error.message));
    try {
      await page.goto(`${host.url}?epochs=20`);
      const loss = await hydrate(page, "loss");
      await waitForStatus(loss, /^Finished: 20 epochs\.$/);
      await page.getByRole("link", { name: "playground" }).first().click();
      await page.waitForURL(`${host.url}playground/?epochs=20`);
      await waitForStatus(page.locator("#playground-controls"), /^Finished: 20 epochs\.$/);
      expect(failures).toEqual([]);
    } finally {
      await context.close();
      await host.stop();
    }
  });
});
