import { describe, expect, test } from "vitest";
import { trainResult } from "../lib/figures/test-support.ts";
import { defaultSettings } from "../lib/playground/settings.ts";
import { announcement, statusLine, trainButtonLabel } from "./run-status.ts";
import type { ExperimentState, Status } from "./store.ts";

const result = trainResult({ epochs: 3 });
const diverged = "Leaky ReLU diverged at epoch 4: its loss or weights stopped being finite numbers. Try a smaller learning rate.";

function state(status: Status, messages: string[] = [], prebaked = false): ExperimentState {
  return { settings: { ...defaultSettings, epochs: 3 }, status, result, prebaked, starting: false, messages };
}

describe("trainButtonLabel", () => {
  test("names what the button does next", () => {
    expect(trainButtonLabel("ready")).toBe("Train");
    expect(trainButtonLabel("training")).toBe("Pause");
    expect(trainButtonLabel("paused")).toBe("Resume");
    expect(trainButtonLabel("done")).toBe("Train");
  });
});

describe("statusLine", () => {
  test("states the epoch of each status", () => {
    expect(statusLine(state("ready", [], true))).toBe("Showing the build's run of 3 epochs.");
    expect(statusLine(state("training"))).toBe("Training: epoch 3 of 3.");
    expect(statusLine(state("paused"))).toBe("Paused at epoch 3 of 3.");
    expect(statusLine(state("done"))).toBe("Finished: 3 epochs.");
    expect(statusLine(state("unavailable"))).toBe("The interactive version is unavailable.");
  });

  test("new run counts from epoch 0 until it reports", () => {
    expect(statusLine({ ...state("training"), starting: true })).toBe("Training: epoch 0 of 3.");
    expect(statusLine({ ...state("paused"), starting: true })).toBe("Ready at epoch 0 of 3: press Train or Step.");
  });

  test("run ended early says where it stopped", () => {
    expect(statusLine({ ...state("done"), settings: { ...defaultSettings, epochs: 10 } })).toBe("Stopped at epoch 3 of 10.");
  });
});

describe("announcement", () => {
  test("progress is not announced", () => {
    expect(announcement(state("training"), state("training"))).toBeNull();
    expect(announcement(state("ready", [], true), state("training"))).toBeNull();
  });

  test("end of a run is announced once with the accuracies", () => {
    const done = state("done", ["Sigmoid: test accuracy 50.0%.", "ReLU: test accuracy 60.0%."]);
    expect(announcement(state("training"), done)).toBe("Training finished at epoch 3. Sigmoid: test accuracy 50.0%. ReLU: test accuracy 60.0%.");
    expect(announcement(done, done)).toBeNull();
  });

  test("divergence is announced when it appears", () => {
    expect(announcement(state("training"), state("training", [diverged]))).toBe(diverged);
    expect(announcement(state("training", [diverged]), state("training", [diverged]))).toBeNull();
  });

  test("unavailable is announced once", () => {
    const unavailable = state("unavailable", ["The worker failed, so the interactive version is unavailable."]);
    expect(announcement(state("ready"), unavailable)).toBe("The worker failed, so the interactive version is unavailable.");
    expect(announcement(unavailable, unavailable)).toBeNull();
  });
});
