// Turns a figure's markup into stable, line-based snapshot text.
import { parseHTML } from "linkedom";

// Attributes that hold text for people, whose numbers are printed values and stay as they are.
const TEXT_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "alt"]);
const ID_LIST_ATTRIBUTES = new Set(["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns"]);
const DECIMAL = /-?\d*\.\d+(?:e[-+]?\d+)?/gi;
// Observable Plot's generated class names, such as plot-d6a7b5 and plot-d6a7b5-ramp.
const PLOT_CLASS = /\bplot-[0-9a-f]{6}\b/g;

function roundDecimals(value: string): string {
  return value.replace(DECIMAL, (number) => String(Math.round(Number(number) * 1000) / 1000));
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Returns a renaming function that numbers each distinct name `<prefix>-<n>` in order of first appearance. */
function renumberer(prefix: string): (name: string) => string {
  const names = new Map<string, string>();
  return (name) => {
    if (!names.has(name)) names.set(name, `${prefix}-${names.size + 1}`);
    return names.get(name)!;
  };
}

// SVG element names with capitals, which an HTML parser lowercases; the HTML standard lists the same names to restore them.
const SVG_CAMEL_CASE_NAMES = new Map(
  [
    "altGlyph", "altGlyphDef", "altGlyphItem", "animateColor", "animateMotion", "animateTransform", "clipPath",
    "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
    "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
    "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight",
    "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "foreignObject", "glyphRef", "linearGradient",
    "radialGradient", "textPath",
  ].map((name) => [name.toLowerCase(), name]),
);
// Elements whose content stays on one line, because SVG text keeps its whitespace (Plot sets white-space: pre).
const INLINE_CONTENT = new Set(["text", "tspan", "title", "desc"]);
const RAW_TEXT = new Set(["style", "script"]);

function tagOf(element: Element): string {
  const name = element.tagName.toLowerCase();
  return SVG_CAMEL_CASE_NAMES.get(name) ?? name;
}

function openTag(element: Element): string {
  const attributes = Array.from(element.attributes, ({ name, value }) => ` ${name}="${escapeAttribute(value)}"`).join("");
  return `<${tagOf(element)}${attributes}>`;
}

/** Writes an element and all its content on one line. */
function inlineMarkup(element: Element): string {
  const content = Array.from(element.childNodes, (node) => {
    if (node.nodeType === 1) return inlineMarkup(node as Element);
    return node.nodeType === 3 ? escapeText(node.textContent ?? "") : "";
  });
  return `${openTag(element)}${content.join("")}</${tagOf(element)}>`;
}

/** Writes an element and its descendants one element per line, indented by depth. Whitespace-only text between elements is left out. */
function formatElement(element: Element, depth: number, lines: string[]): void {
  const indent = "  ".repeat(depth);
  const tag = tagOf(element);
  if (RAW_TEXT.has(tag)) {
    lines.push(`${indent}${openTag(element)}${element.textContent ?? ""}</${tag}>`);
    return;
  }
  const children = Array.from(element.childNodes).filter((node) => node.nodeType !== 3 || node.textContent!.trim() !== "");
  if (INLINE_CONTENT.has(tag) || children.every((node) => node.nodeType === 3)) {
    lines.push(`${indent}${inlineMarkup(element)}`);
    return;
  }

  lines.push(`${indent}${openTag(element)}`);
  for (const child of children) {
    if (child.nodeType === 1) formatElement(child as Element, depth + 1, lines);
    else if (child.nodeType === 3) lines.push(`${indent}  ${escapeText(child.textContent!.trim())}`);
  }
  lines.push(`${indent}</${tag}>`);
}

/**
 * Normalizes a figure's markup so that only a visible change alters it. Decimals in attributes are
 * rounded to three places. Ids become `id-<n>` and Plot's class names `plot-<n>`, numbered in order
 * of appearance, with every reference to them rewritten. Printed text, including labels in
 * attributes such as `aria-label`, keeps its numbers. The result has one element per line.
 */
export function normalizeMarkup(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const elements = Array.from(document.body.querySelectorAll("*"));
  const renameId = renumberer("id");
  const renameClass = renumberer("plot");

  // Ids first, so a reference that comes before its target still gets the target's number.
  for (const element of elements) {
    const id = element.getAttribute("id");
    if (id !== null) renameId(id);
  }
  const rewriteReferences = (value: string) =>
    value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renameId(id)})`).replace(PLOT_CLASS, (name) => renameClass(name));

  for (const element of elements) {
    for (const { name, value } of Array.from(element.attributes)) {
      let normalized: string;
      if (name === "id") normalized = renameId(value);
      else if (ID_LIST_ATTRIBUTES.has(name)) normalized = value.split(/\s+/).map(renameId).join(" ");
      else if ((name === "href" || name === "xlink:href") && value.startsWith("#")) normalized = `#${renameId(value.slice(1))}`;
      else if (TEXT_ATTRIBUTES.has(name)) normalized = value;
      else normalized = roundDecimals(rewriteReferences(value));
      if (normalized !== value) element.setAttribute(name, normalized);
    }
    if (element.tagName.toLowerCase() === "style") element.textContent = rewriteReferences(element.textContent ?? "");
  }

  const lines: string[] = [];
  for (const root of Array.from(document.body.children)) formatElement(root, 0, lines);
  return `${lines.join("\n")}\n`;
}
