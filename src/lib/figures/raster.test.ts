import { describe, expect, it } from "vitest";
import { nodeExtent, paddedRaster } from "./raster.ts";

const spec = { x0: -1, y0: 2, step: 0.5, columns: 3, rows: 2 };
// Row by row from y0 up: the bottom row is 1 2 3, the top row 4 5 6.
const values = [1, 2, 3, 4, 5, 6];

describe("nodeExtent", () => {
  it("runs from the first to the last node", () => {
    expect(nodeExtent(spec)).toEqual({ x: [-1, 0], y: [2, 2.5] });
  });
});

describe("paddedRaster", () => {
  it("adds the padding on every side", () => {
    const raster = paddedRaster(values, spec, 1);
    expect(raster.width).toBe(5);
    expect(raster.height).toBe(4);
    expect(raster.values).toHaveLength(20);
  });

  it("repeats the nearest edge value", () => {
    const raster = paddedRaster(values, spec, 1);
    expect(raster.values.slice(0, 5)).toEqual([1, 1, 2, 3, 3]);
    expect(raster.values.slice(5, 10)).toEqual([1, 1, 2, 3, 3]);
    expect(raster.values.slice(15, 20)).toEqual([4, 4, 5, 6, 6]);
  });

  it("reaches half a step beyond the padding", () => {
    const raster = paddedRaster(values, spec, 1);
    expect([raster.x1, raster.x2, raster.y1, raster.y2]).toEqual([-1.75, 0.75, 1.25, 3.25]);
  });

  it("keeps the grid as it is without padding", () => {
    expect(paddedRaster(values, spec, 0).values).toEqual(values);
  });
});
