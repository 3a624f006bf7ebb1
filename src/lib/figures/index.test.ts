import { describe, expect, it } from "vitest";
import { figureNames, figureRenderers, isFigureName } from "./index.ts";

describe("figureRenderers", () => {
  it("has a renderer for every figure name", () => {
    expect(Object.keys(figureRenderers).sort()).toEqual([...figureNames].sort());
  });

  it("lists the figures in article order", () => {
    expect(figureNames).toEqual(["dataset", "loss", "boundaries", "trace", "hidden"]);
  });
});

describe("isFigureName", () => {
  it("accepts a figure name", () => {
    expect(isFigureName("trace")).toBe(true);
  });

  it("rejects another string", () => {
    expect(isFigureName("raster")).toBe(false);
  });
});
