import { describe, expect, it } from "vitest";
import { describeLegend, legendHeight, legendStrip, type LegendEntry } from "./legend.ts";
import { createDocument, unroledLabels } from "./test-support.ts";

const entries: LegendEntry[] = [
  { label: "Class 0", symbol: "circle", color: "#b5651d" },
  { label: "Training point", symbol: "ring", color: "#1a1a1a" },
  { label: "ReLU", symbol: "square", color: "#3a7bd5" },
  { label: "Boundary", symbol: "line", color: "#3268b8" },
];

describe("legendHeight", () => {
  it("fits the entries on one row when there is room", () => {
    expect(legendHeight(entries, 600)).toBe(16);
  });

  it("wraps onto more rows in a narrow space", () => {
    expect(legendHeight(entries, 120)).toBeGreaterThan(16);
  });
});

describe("describeLegend", () => {
  it("names each symbol and label", () => {
    expect(describeLegend(entries)).toBe("Legend: dot, Class 0; ring, Training point; square, ReLU; line, Boundary");
  });
});

describe("legendStrip", () => {
  const svg = legendStrip({ document: createDocument() }, entries, 400);

  it("is an image with the legend as its name", () => {
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe(describeLegend(entries));
  });

  it("shows every label", () => {
    const texts = Array.from(svg.querySelectorAll("text")).map((text) => text.textContent);
    expect(texts).toEqual(["Class 0", "Training point", "ReLU", "Boundary"]);
  });

  it("draws the ring unfilled and the line as a stroke", () => {
    expect(svg.outerHTML).toContain('stroke="#1a1a1a"');
    expect(svg.outerHTML).toContain('stroke="#3268b8"');
  });

  it("keeps Plot's group labels, which the figure strips at the end", () => {
    expect(unroledLabels(svg).length).toBeGreaterThan(0);
  });
});
