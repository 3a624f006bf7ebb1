// Extracts the URLs that a page, a style sheet or a JavaScript module makes the browser load or link to.
import { parseHTML } from "linkedom";

/** A URL found in a served file. */
export interface Reference {
  /** Where the URL is written, such as `<img src>`, `CSS url()` or `JS import`. */
  kind: string;
  /** The URL as written in the file. */
  value: string;
  /** The URL resolved against the file's URL, or null when it is not a valid URL. */
  url: URL | null;
}

// Attributes whose whole value is one URL. `data` counts only on <object>, where it names the embedded file.
const URL_ATTRIBUTES = ["href", "xlink:href", "src", "poster", "action", "formaction", "cite"];

const CSS_URL = /url\(\s*(["']?)([^"')]*?)\1\s*\)/g;
const CSS_IMPORT = /@import\s+(["'])([^"']+)\1/g;

// Specifiers of static imports and re-exports (`import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`),
// of dynamic imports, and of `new URL("./a", import.meta.url)`, the form bundlers emit for workers and assets.
const JS_STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
const JS_DYNAMIC_IMPORT = /\bimport\s*\(\s*(["'])([^"'\n]+)\1\s*\)/g;
const JS_NEW_URL = /\bnew\s+URL\(\s*(["'])([^"'\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;

function resolve(value: string, base: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

function reference(kind: string, value: string, base: string): Reference {
  return { kind, value, url: resolve(value, base) };
}

/** Returns the URLs of a `srcset` attribute: comma-separated candidates of a URL and an optional width or density. */
function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

/** Lists the URLs in a style sheet: `url()` values and `@import` rules, skipping fragments such as `url(#clip)`. */
export function cssReferences(css: string, base: string): Reference[] {
  const found: Reference[] = [];
  for (const [, , value] of css.matchAll(CSS_URL)) {
    if (value && !value.startsWith("#")) found.push(reference("CSS url()", value, base));
  }
  for (const [, , value] of css.matchAll(CSS_IMPORT)) found.push(reference("CSS @import", value!, base));
  return found;
}

/**
 * Lists the module specifiers of a JavaScript module that are relative or absolute URLs, and the paths
 * of its `new URL(…, import.meta.url)` calls, which are always relative to the module. Bare specifiers
 * cannot load in a browser without an import map, so built code has none. This reads the text with
 * patterns, not a parser, so it also lists matches inside strings and comments.
 */
export function jsReferences(js: string, base: string): Reference[] {
  const found: Reference[] = [];
  const imports: [string, RegExp][] = [
    ["JS import", JS_STATIC_IMPORT],
    ["JS import()", JS_DYNAMIC_IMPORT],
  ];
  for (const [kind, pattern] of imports) {
    for (const [, , value] of js.matchAll(pattern)) {
      if (/^(\.{0,2}\/|https?:)/.test(value!)) found.push(reference(kind, value!, base));
    }
  }
  for (const [, , value] of js.matchAll(JS_NEW_URL)) found.push(reference("JS new URL()", value!, base));
  return found;
}

/** The URLs of an HTML page and the ids of its elements. */
export interface PageReferences {
  references: Reference[];
  ids: Set<string>;
}

/**
 * Lists the URLs of an HTML page: URL attributes, `srcset`, `<object data>`, `url()` in style
 * attributes and `<style>` elements, and imports in inline module scripts. In-page references
 * that start with `#` are left to the markup checks. `<base href>` changes the base as in a browser.
 */
export function htmlReferences(html: string, pageUrl: string): PageReferences {
  const { document } = parseHTML(html);
  const baseHref = document.querySelector("base[href]")?.getAttribute("href");
  const base = baseHref ? (resolve(baseHref, pageUrl)?.href ?? pageUrl) : pageUrl;
  const references: Reference[] = [];

  for (const element of document.querySelectorAll("*")) {
    const tag = element.tagName.toLowerCase();
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name)?.trim();
      if (!value || value.startsWith("#") || (tag === "base" && name === "href")) continue;
      references.push(reference(`<${tag} ${name}>`, value, base));
    }
    const srcset = element.getAttribute("srcset");
    if (srcset) for (const value of srcsetUrls(srcset)) references.push(reference(`<${tag} srcset>`, value, base));
    const data = element.getAttribute("data");
    if (tag === "object" && data) references.push(reference("<object data>", data, base));
    const style = element.getAttribute("style");
    if (style) references.push(...cssReferences(style, base));
  }

  for (const style of document.querySelectorAll("style")) references.push(...cssReferences(style.textContent ?? "", base));
  for (const script of document.querySelectorAll('script[type="module"]:not([src])')) {
    references.push(...jsReferences(script.textContent ?? "", base));
  }

  const ids = new Set(Array.from(document.querySelectorAll("[id]"), (element) => element.getAttribute("id")!));
  return { references, ids };
}
