import { parseArgs } from "node:util";
import { articleConfig, type ComparisonConfig } from "../src/lib/experiments/config.ts";
import { isWithin, limits } from "../src/lib/experiments/limits.ts";
import { parseSeed } from "../src/lib/random/seed.ts";

export const usage = `Usage: npm run experiment -- [options]

Trains the article's two networks (sigmoid and ReLU hidden layers) on the
two-moons data set and prints a summary of both.

Options:
  --seed N|TEXT   integer from 0 to 4294967295 (reproduces NumPy's stream), or any
                  other text, hashed into a seed (default ${articleConfig.seed})
  --noise X       standard deviation of the noise added to the moons, ${limits.noise.min} to ${limits.noise.max} (default ${articleConfig.noise})
  --epochs N      passes over the training set, ${limits.epochs.min} to ${limits.epochs.max} (default ${articleConfig.epochs})
  --lr X          learning rate, ${limits.learningRate.min} to ${limits.learningRate.max} (default ${articleConfig.learningRate})
  --batch N       mini-batch size, ${limits.batchSize.min} to ${limits.batchSize.max} (default ${articleConfig.batchSize})
  --hidden W,W    width of each hidden layer, ${limits.depth.min} to ${limits.depth.max} layers of ${limits.width.min} to ${limits.width.max} units (default ${articleConfig.hidden.join(",")})
  --json          print one JSON object with keys config, sigmoid, relu and trainMs
  --help          print this help`;

export type ParsedArgs = { kind: "run"; config: ComparisonConfig; json: boolean } | { kind: "help" } | { kind: "error"; message: string };

function parseNumber(text: string, flag: string, integer: boolean): number | string {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) return `${flag} must be a number, got "${text}"`;
  if (integer && !Number.isInteger(value)) return `${flag} must be a whole number, got "${text}"`;
  return value;
}

function checked(text: string, flag: string, limit: keyof typeof limits, integer: boolean): number | string {
  const value = parseNumber(text, flag, integer);
  if (typeof value === "string") return value;
  const { min, max } = limits[limit];
  return isWithin(value, limit) ? value : `${flag} must be from ${min} to ${max}, got ${text}`;
}

function parseHidden(text: string): number[] | string {
  const parts = text.split(",");
  const { depth } = limits;
  if (parts.length < depth.min || parts.length > depth.max) return `--hidden must list ${depth.min} to ${depth.max} layer widths, got "${text}"`;
  const widths: number[] = [];
  for (const part of parts) {
    const value = checked(part, "--hidden", "width", true);
    if (typeof value === "string") return `${value} (each layer's width)`;
    widths.push(value);
  }
  return widths;
}

/** Parses the command line into a run configuration, a help request or an error message. */
export function parseExperimentArgs(argv: string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: "string" },
        noise: { type: "string" },
        epochs: { type: "string" },
        lr: { type: "string" },
        batch: { type: "string" },
        hidden: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
  if (values["help"]) return { kind: "help" };

  const config: ComparisonConfig = structuredClone(articleConfig);
  const text = (name: string) => values[name] as string | undefined;

  const seedText = text("seed");
  if (seedText !== undefined) {
    const seed = parseSeed(seedText);
    if (seed === undefined) return { kind: "error", message: "--seed must not be empty" };
    if (typeof seed === "string" && seed.length > limits.seedLength.max) {
      return { kind: "error", message: `--seed text must be at most ${limits.seedLength.max} characters` };
    }
    config.seed = seed;
  }

  const numeric: [string, "noise" | "epochs" | "learningRate" | "batchSize", string, boolean][] = [
    ["noise", "noise", "--noise", false],
    ["epochs", "epochs", "--epochs", true],
    ["lr", "learningRate", "--lr", false],
    ["batch", "batchSize", "--batch", true],
  ];
  for (const [option, key, flag, integer] of numeric) {
    const raw = text(option);
    if (raw === undefined) continue;
    const value = checked(raw, flag, key, integer);
    if (typeof value === "string") return { kind: "error", message: value };
    config[key] = value;
  }

  const hiddenText = text("hidden");
  if (hiddenText !== undefined) {
    const hidden = parseHidden(hiddenText);
    if (typeof hidden === "string") return { kind: "error", message: hidden };
    config.hidden = hidden;
  }
  return { kind: "run", config, json: values["json"] === true };
}
