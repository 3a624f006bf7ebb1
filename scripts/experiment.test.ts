import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";

function run(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/experiment.ts", ...args], { encoding: "utf8" });
}

describe("experiment command", () => {
  test("--json prints the documented keys", () => {
    const { status, stdout } = run(["--json", "--epochs", "5"]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(output).sort()).toEqual(["config", "relu", "sigmoid", "trainMs"]);
    const relu = output["relu"] as Record<string, unknown>;
    expect(relu["lossHistory"]).toHaveLength(5);
    for (const key of ["finalLoss", "trainAccuracy", "testAccuracy", "hiddenStd", "signalTrace"]) expect(relu).toHaveProperty(key);
    expect((relu["signalTrace"] as { class0: number[] }).class0).toHaveLength(5);
  });

  test("summary quotes the article's numbers", () => {
    const { status, stdout } = run([]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Sigmoid\s+final loss 0\.2822\s+train 85\.0%\s+test 79\.0%/);
    expect(stdout).toMatch(/ReLU\s+final loss 0\.0353\s+train 99\.0%\s+test 96\.0%/);
  });

  test("invalid value exits with status 2 and the usage", () => {
    const { status, stderr } = run(["--lr", "nope"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/--lr must be a number/);
    expect(stderr).toMatch(/Usage: npm run experiment/);
  });
});
