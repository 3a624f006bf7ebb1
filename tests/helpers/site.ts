// Finds what the build emitted, so site-wide checks cover every page in dist/ without a list of pages to maintain.
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const distDir = join(projectRoot, "dist");

/** Lists every file below `directory` as a path relative to it, with forward slashes, sorted. */
export function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** An HTML page of the build. */
export interface BuiltPage {
  /** Path of the HTML file relative to dist/, such as `playground/index.html`. */
  file: string;
  /** Path that a static server serves the file at, such as `/playground/`. */
  urlPath: string;
}

/** Returns the path a static server serves a file of dist/ at: `a/index.html` at `/a/`, any other file at its own path. */
export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

/** Returns the file of dist/ that a static server sends for a URL path: `/a/` is `dist/a/index.html`. */
export function distFileOf(urlPath: string): string {
  return `dist${urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath}`;
}

/** Lists the HTML pages in `dist`. Throws when the folder is missing or contains no page, because a check of no page proves nothing. */
export function builtPages(dist = distDir): BuiltPage[] {
  if (!existsSync(dist)) throw new Error(`${dist} not found. Run \`npx astro build\` before vitest.`);
  const pages = listFiles(dist)
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({ file, urlPath: urlPathOf(file) }));
  if (pages.length === 0) throw new Error(`no HTML page found in ${dist}. Run \`npx astro build\` before vitest.`);
  return pages;
}
