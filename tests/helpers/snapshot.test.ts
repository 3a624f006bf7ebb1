import { describe, expect, it } from "vitest";
import { normalizeMarkup } from "./snapshot.ts";

describe("normalizeMarkup", () => {
  const markup =
    '<svg class="plot-d6a7b5" viewBox="0 0 640.123456 400"><style>:where(.plot-d6a7b5) { display: block; }</style>' +
    '<g aria-labelledby="loss-2"><use href="#loss-7"></use></g>' +
    '<clipPath id="loss-7"><rect width="12.34567" height="-0.0001"></rect></clipPath>' +
    '<g clip-path="url(#loss-7)" aria-label="final: 0.28224"><text id="loss-2" x="1.5">final: 0.28224 <tspan>ok</tspan></text></g></svg>';
  const lines = normalizeMarkup(markup).split("\n");

  it("renumbers ids in order of appearance and rewrites references", () => {
    expect(lines).toContain('  <clipPath id="id-1">');
    expect(lines).toContain('  <g clip-path="url(#id-1)" aria-label="final: 0.28224">');
    expect(lines).toContain('    <use href="#id-1"></use>');
    expect(lines).toContain('  <g aria-labelledby="id-2">');
  });

  it("renumbers Plot class names in attributes and styles", () => {
    expect(lines[0]).toBe('<svg class="plot-1" viewBox="0 0 640.123 400">');
    expect(lines[1]).toBe("  <style>:where(.plot-1) { display: block; }</style>");
  });

  it("rounds decimals in attributes to three places", () => {
    expect(lines).toContain('    <rect width="12.346" height="0"></rect>');
  });

  it("keeps printed numbers and SVG text on one line", () => {
    expect(lines).toContain('    <text id="id-2" x="1.5">final: 0.28224 <tspan>ok</tspan></text>');
  });

  it("gives equal output for markup that differs only in ids and rounding", () => {
    const renamed = markup.replaceAll("loss-", "figure-").replace("12.34567", "12.3456701");
    expect(normalizeMarkup(renamed)).toBe(normalizeMarkup(markup));
  });

  it("changes when a drawn value moves", () => {
    expect(normalizeMarkup(markup.replace("12.34567", "12.35"))).not.toBe(normalizeMarkup(markup));
  });
});
