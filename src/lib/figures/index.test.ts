import { describe, expect, it } from "vitest";
import { figureNames, figureRenderers, figureSteps, isFigureName } from "./index.ts";
import { createDocument, trainResult } from "./test-support.ts";

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

describe("figureSteps", () => {
  const result = trainResult({ epochs: 5 });

  it("draws what the renderer draws", () => {
    for (const name of figureNames) {
      const steps = figureSteps[name](result, { document: createDocument() });
      let step = steps.next();
      while (!step.done) step = steps.next();
      const rendered = figureRenderers[name](result, { document: createDocument() });
      expect(step.value.element.outerHTML, name).toBe(rendered.element.outerHTML);
      expect(step.value.description, name).toBe(rendered.description);
    }
  });

  it("takes a step per panel of a figure of panels", () => {
    const count = (name: (typeof figureNames)[number]) => {
      const steps = figureSteps[name](result, { document: createDocument() });
      let taken = 1;
      while (!steps.next().done) taken++;
      return taken;
    };
    expect(count("loss")).toBe(1);
    expect(count("dataset")).toBe(1);
    expect(count("boundaries")).toBe(3);
    expect(count("trace")).toBe(2);
    expect(count("hidden")).toBe(4);
  });
});
