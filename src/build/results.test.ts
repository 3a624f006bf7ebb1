import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { articleConfig } from "../lib/experiments/config.ts";
import { assertUsable, cacheKey, computeArticleResults } from "./results.ts";

const project = process.cwd();
const root = mkdtempSync(join(tmpdir(), "results-cache-"));
cpSync(join(project, "src/lib"), join(root, "src/lib"), { recursive: true });
cpSync(join(project, "node_modules/seedrandom/package.json"), join(root, "node_modules/seedrandom/package.json"));
const cacheFolder = join(root, "node_modules/.cache/activation-geometry");
const config = { ...structuredClone(articleConfig), epochs: 20 };

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("article results cache", () => {
  test("second call reads the stored entry", () => {
    const first = computeArticleResults(root, config);
    expect(readdirSync(cacheFolder).filter((name) => name.endsWith(".json"))).toHaveLength(1);
    const second = computeArticleResults(root, config);
    expect(second.trainMs).toBe(first.trainMs);
    expect(second.result).toEqual(first.result);
  });

  test("key changes with the configuration and the engine's code", () => {
    const before = cacheKey(root, config);
    expect(cacheKey(root, { ...config, epochs: 21 })).not.toBe(before);
    writeFileSync(join(root, "src/lib/nn/extra.ts"), "export const changed = true;\n");
    expect(cacheKey(root, config)).not.toBe(before);
  });

  test("corrupt entry is replaced", () => {
    const file = join(cacheFolder, `experiment-${cacheKey(root, config)}.json`);
    writeFileSync(file, "{ not json");
    const results = computeArticleResults(root, config);
    expect(results.result.networks).toHaveLength(2);
  });

  test("diverged network fails and is not stored", () => {
    const diverging = { ...config, activations: ["leaky-relu", "relu"] as ["leaky-relu", "relu"], learningRate: 10 };
    expect(() => computeArticleResults(root, diverging)).toThrow(/leaky-relu network diverged at epoch 4/);
    expect(readdirSync(cacheFolder)).not.toContain(`experiment-${cacheKey(root, diverging)}.json`);
  });

  test("non-finite number is rejected", () => {
    const results = computeArticleResults(root, config);
    const broken = structuredClone(results);
    broken.result.networks[0].hiddenStd[1] = Number.NaN;
    expect(() => assertUsable(broken)).toThrow(/non-finite number/);
  });
});
