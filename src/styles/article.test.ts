// Measures the WCAG 2 contrast of the page's colors, as article.css defines them for the light and the
// dark color scheme: 4.5:1 for text and 3:1 for the focus outline, each against the background it is drawn on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { background as figurePaletteBackground, contrastRatio } from "../lib/figures/palette.ts";

const TEXT_MINIMUM = 4.5;
const NON_TEXT_MINIMUM = 3;

const css = readFileSync(new URL("./article.css", import.meta.url), "utf8");

/** Returns the custom properties with a #rrggbb value declared in a block of declarations. */
function colorProperties(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-fA-F]{6})\s*;/g)].map(([, name, value]) => [name!, value!]));
}

function schemeColors(): { light: Record<string, string>; dark: Record<string, string> } {
  const lightBlock = /^:root\s*\{([^}]*)\}/m.exec(css)?.[1];
  const darkBlock = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)?.[1];
  if (lightBlock === undefined || darkBlock === undefined) throw new Error("article.css: :root block or its dark color scheme override not found");
  const light = colorProperties(lightBlock);
  return { light, dark: { ...light, ...colorProperties(darkBlock) } };
}

/** Each foreground drawn on a background, with what it colors and the contrast it needs. */
const pairs = [
  { foreground: "--text", background: "--background", minimum: TEXT_MINIMUM, use: "body text" },
  { foreground: "--muted", background: "--background", minimum: TEXT_MINIMUM, use: "standfirst, contents summaries and footer" },
  { foreground: "--link", background: "--background", minimum: TEXT_MINIMUM, use: "links and the skip link" },
  { foreground: "--text", background: "--surface", minimum: TEXT_MINIMUM, use: "inline code" },
  { foreground: "--focus", background: "--background", minimum: NON_TEXT_MINIMUM, use: "focus outline" },
  { foreground: "--figure-text", background: "--figure-background", minimum: TEXT_MINIMUM, use: "figure titles" },
  { foreground: "--figure-muted", background: "--figure-background", minimum: TEXT_MINIMUM, use: "figure captions" },
  { foreground: "--figure-link", background: "--figure-background", minimum: TEXT_MINIMUM, use: "figure links and description toggle" },
  { foreground: "--figure-text", background: "--figure-surface", minimum: TEXT_MINIMUM, use: "figure descriptions" },
  { foreground: "--figure-focus", background: "--figure-background", minimum: NON_TEXT_MINIMUM, use: "focus outline in figures" },
];

describe("article.css colors", () => {
  const schemes = schemeColors();

  for (const [scheme, colors] of Object.entries(schemes)) {
    for (const { foreground, background, minimum, use } of pairs) {
      it(`${foreground} on ${background} (${scheme})`, () => {
        const foregroundColor = colors[foreground];
        const backgroundColor = colors[background];
        expect(foregroundColor, `${foreground} in the ${scheme} scheme`).toBeDefined();
        expect(backgroundColor, `${background} in the ${scheme} scheme`).toBeDefined();
        const ratio = contrastRatio(foregroundColor!, backgroundColor!);
        expect(ratio, `${use}: ${foregroundColor} on ${backgroundColor} needs ${minimum}:1`).toBeGreaterThanOrEqual(minimum);
      });
    }

    it(`figure background equals the charts' background (${scheme})`, () => {
      // The figure palette's contrasts are measured against this color.
      expect(colors["--figure-background"]).toBe(figurePaletteBackground);
    });
  }
});
