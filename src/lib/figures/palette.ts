/**
 * Colors of every figure. Mark colors reach a WCAG contrast of 3:1 and text
 * colors 4.5:1 against white. The colors drawn over the probability shading
 * of the boundary figure also reach 3:1 against every shade. `palette.test.ts`
 * measures each pair.
 */

export const background = "#ffffff";
export const textColor = "#1a1a1a";
export const mutedColor = "#666666";

/** Colors of one side of the comparison, by position and not by activation, so two equal activations still differ. */
export interface SideColors {
  /** Lines and markers on a white background. */
  mark: string;
  /** Labels, and the decision boundary drawn over the probability shading. */
  text: string;
}

export const sideColors: readonly [SideColors, SideColors] = [
  { mark: "#e05c5c", text: "#c24444" },
  { mark: "#3a7bd5", text: "#3268b8" },
];

/**
 * Dash pattern of each side's lines: side 1 is dashed, so the two lines
 * differ without color and both stay visible where they coincide.
 */
export const sideDashes: readonly [string, string] = ["none", "6 3"];

/** Point colors of class 0 and class 1, darker than the article's #f4a261 and #2a9d8f so they reach 3:1 on every shade. */
export const classColors: readonly [string, string] = ["#b5651d", "#23867a"];

/** Light tints of the two class hues that the shading fades into at probability 0 and 1. */
const classTints: readonly [string, string] = ["#f4a261", "#2a9d8f"];
const TINT_STRENGTH = 0.28;

/** Thresholds that split the predicted probability of class 1 into ten bands. */
export const probabilityThresholds: readonly number[] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * Fill of each probability band, from [0, 0.1) to [0.9, 1]: white at 0.5,
 * fading toward a light tint of the class that the band predicts.
 */
export const probabilityShades: readonly string[] = Array.from({ length: probabilityThresholds.length + 1 }, (_, band) => {
  const center = (band + 0.5) / (probabilityThresholds.length + 1);
  const weight = (TINT_STRENGTH * Math.abs(center - 0.5)) / 0.5;
  return mixColors(background, center < 0.5 ? classTints[0] : classTints[1], weight);
});

function parseHex(hex: string): [number, number, number] {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`invalid color "${hex}": expected #rrggbb`);
  return [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) as [number, number, number];
}

function toHex(channels: readonly number[]): string {
  return `#${channels.map((value) => Math.round(value).toString(16).padStart(2, "0")).join("")}`;
}

/** Returns the color `weight` of the way from `from` to `to`, mixed per sRGB channel. */
export function mixColors(from: string, to: string, weight: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex(a.map((value, i) => value + (b[i]! - value) * weight));
}

/** WCAG 2 relative luminance of a #rrggbb color. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colors, from 1 (equal) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
