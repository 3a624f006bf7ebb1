import { beforeAll, describe, expect, test } from "vitest";
import { Comparison } from "./comparison.ts";
import { articleConfig } from "./config.ts";
import { parsePublishedResults, publishResults, type PublishedResults } from "./publish.ts";
import { summarize } from "./result.ts";

describe("published results", () => {
  let published: PublishedResults;

  beforeAll(() => {
    const comparison = new Comparison({ ...structuredClone(articleConfig), epochs: 5 });
    comparison.run();
    published = publishResults(summarize(comparison));
  });

  test("grid is rounded to 4 decimals", () => {
    for (const p of published.networks[1].grid) expect(Math.round(p * 1e4) / 1e4).toBe(p);
  });

  test("JSON round trip passes the check", () => {
    const parsed = parsePublishedResults(JSON.parse(JSON.stringify(published)));
    expect(parsed).toEqual(published);
  });

  test("broken files name the wrong field", () => {
    const broken = (change: (copy: Record<string, any>) => void) => {
      const copy = structuredClone(published) as unknown as Record<string, any>;
      change(copy);
      return () => parsePublishedResults(copy);
    };
    expect(() => parsePublishedResults(null)).toThrow("published results: the file must be an object");
    expect(broken((copy) => (copy["format"] = 99))).toThrow("format must be 1");
    expect(broken((copy) => (copy["networks"] = []))).toThrow("networks must be an array of two networks");
    expect(broken((copy) => (copy["networks"][1].lossHistory[2] = null))).toThrow("networks[1].lossHistory must be an array of finite numbers");
    expect(broken((copy) => copy["networks"][0].grid.pop())).toThrow(/networks\[0\]\.grid must be \d+ numbers, one per grid node/);
    expect(broken((copy) => (copy["test"].x[3] = "a"))).toThrow("test.x[3] must be an array of finite numbers");
  });
});
