import { describe, expect, test } from "vitest";
import { articleConfig } from "../experiments/config.ts";
import { defaultSettings, normalizeSettings, settingsToConfig, settingsToParams } from "./settings.ts";

const normalize = (query: string) => normalizeSettings(new URLSearchParams(query));

describe("normalizeSettings", () => {
  test("no parameters give the article's settings", () => {
    expect(normalize("")).toEqual({ settings: defaultSettings, notices: [] });
    expect(settingsToConfig(defaultSettings)).toEqual(articleConfig);
  });

  test("valid parameters are taken", () => {
    const { settings, notices } = normalize("activation=tanh,gelu&lr=0.1&epochs=300&batch=32&width=4&depth=3&init=he&noise=0.3&seed=moons");
    expect(notices).toEqual([]);
    expect(settings).toEqual({
      activations: ["tanh", "gelu"],
      learningRate: 0.1,
      epochs: 300,
      batchSize: 32,
      width: 4,
      depth: 3,
      init: "he",
      noise: 0.3,
      seed: "moons",
    });
  });

  test("one activation applies to both networks", () => {
    expect(normalize("activation=gelu").settings.activations).toEqual(["gelu", "gelu"]);
  });

  test("out-of-range values are clamped with a notice", () => {
    const { settings, notices } = normalize("noise=2000&epochs=1e9&lr=-1&depth=0&width=99");
    expect(settings).toMatchObject({ noise: 1, epochs: 5000, learningRate: 1e-5, depth: 1, width: 16 });
    expect(notices).toEqual([
      "noise 2000 is above the maximum; using 1.",
      "epochs 1e9 is above the maximum; using 5000.",
      "lr -1 is below the minimum; using 0.00001.",
      "depth 0 is below the minimum; using 1.",
      "width 99 is above the maximum; using 16.",
    ]);
  });

  test("malformed values fall back to the default with a notice", () => {
    const { settings, notices } = normalize("seed=&activation=foo&epochs=ten&batch=2.5&init=magic&lr=NaN");
    expect(settings).toEqual(defaultSettings);
    expect(notices).toHaveLength(6);
    expect(notices[0]).toMatch(/^seed must be a whole number or text .*; using 42\.$/);
    expect(notices[1]).toMatch(/^activation must be one or two of sigmoid, relu, tanh, leaky-relu, gelu .*"foo"/);
    expect(notices[2]).toMatch(/^epochs must be a whole number from 1 to 5000, not "ten"; using the default 800\.$/);
  });

  test("unknown and repeated parameters are ignored with a notice", () => {
    const { settings, notices } = normalize("color=red&lr=0.2&lr=0.3");
    expect(settings.learningRate).toBe(0.2);
    expect(notices).toEqual(['Ignored the unknown setting "color".', "Ignored a repeated lr; the first one counts."]);
  });

  test("hostile link ends with sane settings", () => {
    const { settings } = normalize("noise=2000&epochs=1e9&lr=-1&seed=&activation=foo");
    expect(settings).toMatchObject({ noise: 1, epochs: 5000, learningRate: 1e-5, seed: 42, activations: ["sigmoid", "relu"] });
  });
});

describe("settingsToParams", () => {
  test("defaults write nothing", () => {
    expect(settingsToParams(defaultSettings).toString()).toBe("");
  });

  test("round trip", () => {
    const query = "activation=relu%2Crelu&lr=0.5&depth=4&seed=hello+world";
    const { settings } = normalize(query);
    expect(normalizeSettings(settingsToParams(settings)).settings).toEqual(settings);
    expect(settingsToParams(settings).toString()).toBe(query);
  });
});
