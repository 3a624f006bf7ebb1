import { describe, expect, it } from "vitest";
import { downsampleGrids, nodeExtent, paddedRaster } from "./raster.ts";
import { trainResult } from "./test-support.ts";

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

describe("downsampleGrids", () => {
  // A 5 x 3 grid whose value at node (i, j) is 10 * j + i.
  const grid = Array.from({ length: 15 }, (_, n) => 10 * Math.floor(n / 5) + (n % 5));
  const result = structuredClone(trainResult({ epochs: 1 }));
  result.gridSpec = { x0: 0, y0: 0, step: 0.25, columns: 5, rows: 3 };
  result.networks[0].grid = grid;
  result.networks[1].grid = grid.map((value) => -value);

  it("keeps every second node of both grids", () => {
    const sampled = downsampleGrids(result, 2);
    expect(sampled.gridSpec).toEqual({ x0: 0, y0: 0, step: 0.5, columns: 3, rows: 2 });
    expect(sampled.networks[0].grid).toEqual([0, 2, 4, 20, 22, 24]);
    expect(sampled.networks[1].grid).toEqual([-0, -2, -4, -20, -22, -24]);
  });

  it("keeps the extent when the size fits the factor", () => {
    expect(nodeExtent(downsampleGrids(result, 2).gridSpec)).toEqual(nodeExtent(result.gridSpec));
  });

  it("leaves the input unchanged", () => {
    downsampleGrids(result, 2);
    expect(result.networks[0].grid).toEqual(grid);
    expect(downsampleGrids(result, 1)).toBe(result);
  });

  it("rejects a fractional factor", () => {
    expect(() => downsampleGrids(result, 1.5)).toThrow("invalid downsampling factor 1.5");
  });
});
