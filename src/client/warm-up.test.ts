import { describe, expect, test } from "vitest";
import { createDocument, trainResult } from "../lib/figures/test-support.ts";
import { figureNames, figureRenderers } from "../lib/figures/index.ts";
import { miniature } from "./warm-up.ts";

describe("miniature", () => {
  const result = trainResult({ epochs: 20 });
  const small = miniature(result);

  test("keeps a few points, epochs and nodes", () => {
    expect(small.train.x).toHaveLength(8);
    expect(small.test.y).toHaveLength(8);
    expect(small.networks[0].lossHistory).toHaveLength(5);
    expect(small.networks[1].hiddenUnits[0]![0]).toHaveLength(8);
    expect(small.gridSpec.columns).toBeLessThanOrEqual(7);
    expect(small.networks[0].grid).toHaveLength(small.gridSpec.columns * small.gridSpec.rows);
  });

  test("leaves the result unchanged", () => {
    expect(result.train.x).toHaveLength(300);
    expect(result.networks[0].lossHistory).toHaveLength(20);
  });

  test("every figure draws from it", () => {
    const document = createDocument();
    for (const name of figureNames) {
      expect(figureRenderers[name](small, { document }).element.querySelector("svg, *"), name).not.toBeNull();
    }
  });
});
