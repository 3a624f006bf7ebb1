import { limits } from "../experiments/limits.ts";
import type { InitName } from "../nn/network.ts";
import { parseSeed, type Seed } from "../random/parse-seed.ts";
import type { Settings } from "./settings.ts";

/** Settings that a panel can offer, in the order a panel shows them. */
export const controlNames = [
  "activations",
  "learningRate",
  "epochs",
  "batchSize",
  "width",
  "depth",
  "init",
  "noise",
  "seed",
] as const satisfies readonly (keyof Settings)[];
export type ControlName = (typeof controlNames)[number];

/** Panel contents that a figure's `controls` attribute requests. */
export interface ControlSelection {
  /** False for `none`: the figure redraws with the experiment but carries no panel of its own. */
  panel: boolean;
  /** Settings the panel offers besides the run buttons, in `controlNames` order. */
  settings: ControlName[];
}

export function isControlName(value: string): value is ControlName {
  return (controlNames as readonly string[]).includes(value);
}

/**
 * Parses a `controls` attribute: `none`, `all`, or a comma-separated list of
 * setting names. Left out or empty, a panel has only the run buttons. Throws
 * a RangeError that lists the valid names for an unknown or repeated name.
 */
export function parseControlList(text: string | undefined): ControlSelection {
  const trimmed = (text ?? "").trim();
  if (trimmed === "none") return { panel: false, settings: [] };
  if (trimmed === "all") return { panel: true, settings: [...controlNames] };
  if (trimmed === "") return { panel: true, settings: [] };

  const names = trimmed.split(",").map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of names) {
    if (!isControlName(name)) {
      throw new RangeError(`unknown control "${name}"; valid controls: ${controlNames.join(", ")}, or "all" or "none" alone`);
    }
    if (seen.has(name)) throw new RangeError(`control "${name}" is listed twice`);
    seen.add(name);
  }
  return { panel: true, settings: controlNames.filter((name) => seen.has(name)) };
}

/** Reader-facing names of the weight initializations, for the panel and the playground's static settings. */
export const initLabels: Readonly<Record<InitName, string>> = {
  article: "Matched to the activation",
  he: "He, √(2 / n)",
  xavier: "Xavier, √(1 / n)",
};

export type NumericControlName = "learningRate" | "epochs" | "batchSize" | "width" | "depth" | "noise";

/** A numeric setting as a form control shows it. */
export interface NumericControl {
  label: string;
  min: number;
  max: number;
  /** Step of the number input; `any` for values that need not be multiples of a step. */
  step: number | "any";
  integer: boolean;
  /**
   * Slider beside the number input, when the setting has one. A `log` slider
   * moves in equal ratios, with `perDecade` positions from one power of ten
   * to the next.
   */
  slider?: { scale: "linear"; step: number } | { scale: "log"; perDecade: number };
}

export const numericControls: Readonly<Record<NumericControlName, NumericControl>> = {
  learningRate: {
    label: "Learning rate",
    ...limits.learningRate,
    step: "any",
    integer: false,
    slider: { scale: "log", perDecade: 10 },
  },
  epochs: { label: "Epochs", ...limits.epochs, step: 1, integer: true },
  batchSize: { label: "Batch size", ...limits.batchSize, step: 1, integer: true },
  width: { label: "Units per hidden layer", ...limits.width, step: 1, integer: true },
  depth: { label: "Hidden layers", ...limits.depth, step: 1, integer: true },
  noise: { label: "Noise", ...limits.noise, step: 0.01, integer: false, slider: { scale: "linear", step: 0.01 } },
};

export function isNumericControlName(name: ControlName): name is NumericControlName {
  return name in numericControls;
}

/** A typed value after checking: the value to use, and a sentence when it differs from what was typed. */
export type ParsedInput<T> = { ok: true; value: T; notice?: string } | { ok: false; error: string };

/** Rounds to two significant digits, the precision of the learning-rate slider's labels. */
export function roundSignificant(value: number, digits = 2): number {
  return Number(value.toPrecision(digits));
}

/**
 * Checks a number typed into a control. Values out of range are clamped with
 * a notice. Text that is not a number, and a fraction where a whole number is
 * needed, are rejected.
 */
export function parseNumericInput(name: NumericControlName, text: string): ParsedInput<number> {
  const control = numericControls[name];
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || (control.integer && !Number.isInteger(value))) {
    const expected = control.integer ? "a whole number" : "a number";
    return { ok: false, error: `${control.label} must be ${expected} from ${control.min} to ${control.max}.` };
  }
  if (value < control.min) return { ok: true, value: control.min, notice: `${control.label} ${text} is below the minimum; using ${control.min}.` };
  if (value > control.max) return { ok: true, value: control.max, notice: `${control.label} ${text} is above the maximum; using ${control.max}.` };
  return { ok: true, value };
}

/** Checks a seed typed into the seed field: a whole number or text of 1 to 64 characters. */
export function parseSeedInput(text: string): ParsedInput<Seed> {
  const seed = parseSeed(text);
  if (seed === undefined || (typeof seed === "string" && seed.length > limits.seedLength.max)) {
    return { ok: false, error: `Seed must be a whole number or text of 1 to ${limits.seedLength.max} characters.` };
  }
  return { ok: true, value: seed };
}

/** Number of positions of a log slider from `min` to `max`. */
export function logSliderPositions(control: NumericControl): number {
  if (control.slider?.scale !== "log") throw new RangeError(`${control.label} has no log slider`);
  return Math.round(Math.log10(control.max / control.min) * control.slider.perDecade);
}

/** Returns the slider position, from 0, nearest to `value`. */
export function toLogSlider(control: NumericControl, value: number): number {
  if (control.slider?.scale !== "log") throw new RangeError(`${control.label} has no log slider`);
  const position = Math.round(Math.log10(value / control.min) * control.slider.perDecade);
  return Math.min(logSliderPositions(control), Math.max(0, position));
}

/** Returns the value at a slider position, rounded to two significant digits and kept within the control's range. */
export function fromLogSlider(control: NumericControl, position: number): number {
  if (control.slider?.scale !== "log") throw new RangeError(`${control.label} has no log slider`);
  const value = roundSignificant(control.min * 10 ** (position / control.slider.perDecade));
  return Math.min(control.max, Math.max(control.min, value));
}
