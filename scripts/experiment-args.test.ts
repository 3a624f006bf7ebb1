import { describe, expect, test } from "vitest";
import { parseExperimentArgs } from "./experiment-args.ts";

function errorOf(argv: string[]): string {
  const parsed = parseExperimentArgs(argv);
  if (parsed.kind !== "error") throw new Error(`expected an error for ${argv.join(" ")}`);
  return parsed.message;
}

describe("parseExperimentArgs", () => {
  test("no flags give the article's configuration", () => {
    const parsed = parseExperimentArgs([]);
    expect(parsed.kind).toBe("run");
    expect(parsed.kind === "run" ? parsed.config : undefined).toMatchObject({ seed: 42, noise: 0.18, epochs: 800, learningRate: 0.05, batchSize: 64, hidden: [8, 8] });
  });

  test("every flag sets its field", () => {
    const parsed = parseExperimentArgs(["--seed", "moons", "--noise", "0.3", "--epochs", "20", "--lr", "0.1", "--batch", "32", "--hidden", "4,6,4", "--json"]);
    expect(parsed).toMatchObject({
      kind: "run",
      json: true,
      config: { seed: "moons", noise: 0.3, epochs: 20, learningRate: 0.1, batchSize: 32, hidden: [4, 6, 4] },
    });
  });

  test("integer seeds become numbers", () => {
    const parsed = parseExperimentArgs(["--seed", "7"]);
    expect(parsed.kind).toBe("run");
    expect(parsed.kind === "run" ? parsed.config.seed : undefined).toBe(7);
  });

  test("invalid values name the flag", () => {
    expect(errorOf(["--epochs", "0"])).toMatch(/--epochs must be from 1 to 5000/);
    expect(errorOf(["--epochs", "2.5"])).toMatch(/--epochs must be a whole number/);
    expect(errorOf(["--noise", "abc"])).toMatch(/--noise must be a number/);
    expect(errorOf(["--lr=-1"])).toMatch(/--lr must be from/);
    expect(errorOf(["--hidden", "8,0"])).toMatch(/--hidden must be from 1 to 16/);
    expect(errorOf(["--hidden", "1,1,1,1,1,1,1"])).toMatch(/1 to 6 layer widths/);
    expect(errorOf(["--seed", ""])).toMatch(/--seed must not be empty/);
  });

  test("unknown flags and stray arguments are errors", () => {
    expect(errorOf(["--bogus"])).toMatch(/bogus/);
    expect(errorOf(["extra"])).toMatch(/extra/);
  });

  test("help", () => {
    expect(parseExperimentArgs(["--help"]).kind).toBe("help");
  });
});
