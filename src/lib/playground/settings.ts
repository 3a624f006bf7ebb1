import { activationNames, isActivationName, type ActivationName } from "../nn/activations.ts";
import { initNames, type InitName } from "../nn/network.ts";
import { parseSeed, type Seed } from "../random/parse-seed.ts";
import { articleConfig, type ComparisonConfig } from "../experiments/config.ts";
import { limits, type LimitName } from "../experiments/limits.ts";

/** Experiment settings a reader can change, in the units the controls show. */
export interface Settings {
  activations: [ActivationName, ActivationName];
  learningRate: number;
  epochs: number;
  batchSize: number;
  /** Units in every hidden layer. */
  width: number;
  /** Number of hidden layers. */
  depth: number;
  init: InitName;
  noise: number;
  seed: Seed;
}

export const defaultSettings: Readonly<Settings> = Object.freeze<Settings>({
  activations: [articleConfig.activations[0], articleConfig.activations[1]],
  learningRate: articleConfig.learningRate,
  epochs: articleConfig.epochs,
  batchSize: articleConfig.batchSize,
  width: articleConfig.hidden[0]!,
  depth: articleConfig.hidden.length,
  init: articleConfig.init,
  noise: articleConfig.noise,
  seed: articleConfig.seed,
});

/** URL parameter of each setting. */
export const parameterNames = {
  activations: "activation",
  learningRate: "lr",
  epochs: "epochs",
  batchSize: "batch",
  width: "width",
  depth: "depth",
  init: "init",
  noise: "noise",
  seed: "seed",
} as const satisfies Record<keyof Settings, string>;

export interface NormalizedSettings {
  settings: Settings;
  /** One sentence per value that was changed or ignored, for the reader. */
  notices: string[];
}

type NumericKey = "learningRate" | "epochs" | "batchSize" | "width" | "depth" | "noise";
const numericLimits: Record<NumericKey, { limit: LimitName; integer: boolean }> = {
  learningRate: { limit: "learningRate", integer: false },
  epochs: { limit: "epochs", integer: true },
  batchSize: { limit: "batchSize", integer: true },
  width: { limit: "width", integer: true },
  depth: { limit: "depth", integer: true },
  noise: { limit: "noise", integer: false },
};

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function normalizeNumber(key: NumericKey, text: string, notices: string[]): number {
  const name = parameterNames[key];
  const { limit, integer } = numericLimits[key];
  const { min, max } = limits[limit];
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    const expected = integer ? "a whole number" : "a number";
    notices.push(`${name} must be ${expected} from ${min} to ${max}, not ${quote(text)}; using the default ${defaultSettings[key]}.`);
    return defaultSettings[key];
  }
  if (value < min) {
    notices.push(`${name} ${text} is below the minimum; using ${min}.`);
    return min;
  }
  if (value > max) {
    notices.push(`${name} ${text} is above the maximum; using ${max}.`);
    return max;
  }
  return value;
}

function normalizeActivations(text: string, notices: string[]): [ActivationName, ActivationName] {
  const parts = text.split(",").map((part) => part.trim());
  const [first, second = first] = parts;
  if (parts.length <= 2 && first !== undefined && isActivationName(first) && second !== undefined && isActivationName(second)) {
    return [first, second];
  }
  notices.push(`activation must be one or two of ${activationNames.join(", ")} separated by a comma, not ${quote(text)}; using ${defaultSettings.activations.join(",")}.`);
  return [...defaultSettings.activations];
}

function normalizeSeed(text: string, notices: string[]): Seed {
  const seed = parseSeed(text);
  if (seed === undefined || (typeof seed === "string" && seed.length > limits.seedLength.max)) {
    notices.push(`seed must be a whole number or text of 1 to ${limits.seedLength.max} characters, not ${quote(text)}; using ${defaultSettings.seed}.`);
    return defaultSettings.seed;
  }
  return seed;
}

/**
 * Reads settings from URL parameters. Out-of-range numbers are clamped,
 * malformed values fall back to the default, and unknown or repeated
 * parameters are ignored; each of these adds a notice.
 */
export function normalizeSettings(params: URLSearchParams): NormalizedSettings {
  const settings: Settings = { ...defaultSettings, activations: [...defaultSettings.activations] };
  const notices: string[] = [];
  const known = new Map<string, keyof Settings>(Object.entries(parameterNames).map(([key, name]) => [name, key as keyof Settings]));
  const seen = new Set<string>();

  for (const [name, text] of params) {
    const key = known.get(name);
    if (key === undefined) {
      notices.push(`Ignored the unknown setting ${quote(name)}.`);
      continue;
    }
    if (seen.has(name)) {
      notices.push(`Ignored a repeated ${name}; the first one counts.`);
      continue;
    }
    seen.add(name);
    switch (key) {
      case "activations":
        settings.activations = normalizeActivations(text, notices);
        break;
      case "init":
        if ((initNames as readonly string[]).includes(text)) settings.init = text as InitName;
        else notices.push(`init must be one of ${initNames.join(", ")}, not ${quote(text)}; using ${defaultSettings.init}.`);
        break;
      case "seed":
        settings.seed = normalizeSeed(text, notices);
        break;
      default:
        settings[key] = normalizeNumber(key, text, notices);
    }
  }
  return { settings, notices };
}

/** Writes the settings that differ from the defaults as URL parameters, in a fixed order. */
export function settingsToParams(settings: Settings): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(parameterNames) as [keyof Settings, string][]) {
    const value = settings[key];
    const text = Array.isArray(value) ? value.join(",") : String(value);
    const fallback = defaultSettings[key];
    if (text !== (Array.isArray(fallback) ? fallback.join(",") : String(fallback))) params.set(name, text);
  }
  return params;
}

/** Turns settings into the engine's configuration; everything else keeps the article's value. */
export function settingsToConfig(settings: Settings): ComparisonConfig {
  return {
    ...structuredClone(articleConfig),
    seed: settings.seed,
    noise: settings.noise,
    epochs: settings.epochs,
    learningRate: settings.learningRate,
    batchSize: settings.batchSize,
    hidden: Array.from({ length: settings.depth }, () => settings.width),
    activations: [...settings.activations],
    init: settings.init,
  };
}
