import { describe, expect, test } from "vitest";
import {
  controlNames,
  fromLogSlider,
  logSliderPositions,
  numericControls,
  parseControlList,
  parseNumericInput,
  parseSeedInput,
  toLogSlider,
} from "./controls.ts";
import { defaultSettings } from "./settings.ts";

describe("parseControlList", () => {
  test("left out gives run buttons only", () => {
    expect(parseControlList(undefined)).toEqual({ panel: true, settings: [] });
    expect(parseControlList("  ")).toEqual({ panel: true, settings: [] });
  });

  test("none and all", () => {
    expect(parseControlList("none")).toEqual({ panel: false, settings: [] });
    expect(parseControlList("all")).toEqual({ panel: true, settings: [...controlNames] });
  });

  test("list is put in panel order", () => {
    expect(parseControlList("epochs, activations ,learningRate").settings).toEqual(["activations", "learningRate", "epochs"]);
  });

  test("unknown name lists the valid ones", () => {
    expect(() => parseControlList("activations,lr")).toThrow(/unknown control "lr"; valid controls: activations, learningRate, epochs/);
  });

  test("repeated name is rejected", () => {
    expect(() => parseControlList("seed,seed")).toThrow('control "seed" is listed twice');
  });

  test("all cannot be mixed with names", () => {
    expect(() => parseControlList("all,seed")).toThrow(/unknown control "all"/);
  });
});

describe("parseNumericInput", () => {
  test("value in range is taken", () => {
    expect(parseNumericInput("learningRate", "0.3")).toEqual({ ok: true, value: 0.3 });
    expect(parseNumericInput("depth", "6")).toEqual({ ok: true, value: 6 });
  });

  test("value out of range is clamped with a notice", () => {
    expect(parseNumericInput("depth", "9")).toEqual({ ok: true, value: 6, notice: "Hidden layers 9 is above the maximum; using 6." });
    expect(parseNumericInput("learningRate", "0")).toEqual({
      ok: true,
      value: 0.00001,
      notice: "Learning rate 0 is below the minimum; using 0.00001.",
    });
  });

  test("text and fractions are rejected", () => {
    expect(parseNumericInput("epochs", "many")).toEqual({ ok: false, error: "Epochs must be a whole number from 1 to 5000." });
    expect(parseNumericInput("epochs", "")).toMatchObject({ ok: false });
    expect(parseNumericInput("batchSize", "2.5")).toMatchObject({ ok: false });
    expect(parseNumericInput("noise", "Infinity")).toEqual({ ok: false, error: "Noise must be a number from 0 to 1." });
  });
});

describe("parseSeedInput", () => {
  test("integer and text seeds", () => {
    expect(parseSeedInput(" 7 ")).toEqual({ ok: true, value: 7 });
    expect(parseSeedInput("moons")).toEqual({ ok: true, value: "moons" });
  });

  test("empty and long seeds are rejected", () => {
    expect(parseSeedInput("")).toMatchObject({ ok: false });
    expect(parseSeedInput("x".repeat(65))).toMatchObject({ ok: false });
  });
});

describe("log slider", () => {
  const control = numericControls.learningRate;

  test("covers the range in tenths of a decade", () => {
    expect(logSliderPositions(control)).toBe(60);
    expect(fromLogSlider(control, 0)).toBe(0.00001);
    expect(fromLogSlider(control, 60)).toBe(10);
  });

  test("article's learning rate has its own position", () => {
    const position = toLogSlider(control, defaultSettings.learningRate);
    expect(fromLogSlider(control, position)).toBe(defaultSettings.learningRate);
  });

  test("values off the scale go to the nearest end", () => {
    expect(toLogSlider(control, 1e-9)).toBe(0);
    expect(toLogSlider(control, 1e9)).toBe(60);
  });

  test("linear control has no log slider", () => {
    expect(() => toLogSlider(numericControls.noise, 0.5)).toThrow("Noise has no log slider");
  });
});
