import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const chaptersPath = "src/content/chapters/";

// Components whose build errors should point at the MDX line that uses them.
const locatedComponents = new Set(["Value", "Figure"]);

// The page titles itself with <h1> and each chapter with <h2>, so headings inside a chapter start at ###.
const minChapterHeadingDepth = 3;

/** Calls `visit` on every node of an mdast tree in document order. */
function walk(tree, visit) {
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    visit(node);
    if (node.children) stack.push(...[...node.children].reverse());
  }
}

/** Returns the path of an MDX file relative to the project, with forward slashes. */
function projectPath(file) {
  return file.path ? relative(root, file.path).split("\\").join("/") : "unknown file";
}

function locationOf(node, path) {
  const line = node.position?.start.line;
  return line === undefined ? path : `${path}:${line}`;
}

function textOf(node) {
  if (typeof node.value === "string") return node.value;
  return (node.children ?? []).map(textOf).join("");
}

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * Adds `source="<file>:<line>"` to every `<Value>` and `<Figure>` tag in MDX,
 * so an invalid key or figure name fails the build naming the chapter file
 * and line. Astro does not tell a component which MDX file renders it.
 */
function remarkLocateComponents() {
  return (tree, file) => {
    const path = projectPath(file);
    walk(tree, (node) => {
      const isJsx = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
      if (!isJsx || !locatedComponents.has(node.name)) return;
      if (node.attributes.some((attribute) => attribute.name === "source")) return;
      node.attributes.push({ type: "mdxJsxAttribute", name: "source", value: locationOf(node, path) });
    });
  };
}

/**
 * Rejects a chapter heading above level 3, and gives each chapter heading the
 * id `<chapter>-<slug>`. Astro's default id, the bare slug, would clash when a
 * heading repeats a chapter's file name, which is that chapter's id.
 */
function remarkChapterHeadings() {
  return (tree, file) => {
    const path = projectPath(file);
    if (!path.startsWith(chaptersPath)) return;

    const chapterId = basename(path, ".mdx");
    const usedIds = new Set();
    walk(tree, (node) => {
      if (node.type !== "heading") return;
      if (node.depth < minChapterHeadingDepth) {
        throw new Error(
          `${locationOf(node, path)}: invalid heading level ${node.depth}. Headings inside a chapter start at ### ` +
            "because the chapter title is the page's <h2>.",
        );
      }

      const base = `${chapterId}-${slugify(textOf(node)) || "section"}`;
      let id = base;
      for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
      usedIds.add(id);
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id };
    });
  };
}

/**
 * Rewrites the links that Astro writes to bundled scripts, `<base>_astro/...`,
 * into paths relative to each page, such as `../_astro/...` on
 * `playground/index.html`, so dist/ works from any folder of any host.
 */
function relativeAssetLinks() {
  let prefix = "/_astro/";
  return {
    name: "relative-asset-links",
    hooks: {
      "astro:config:done": ({ config }) => {
        prefix = `${config.base.replace(/\/?$/, "/")}${config.build.assets}/`;
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
        const pattern = new RegExp(`(src|href)="${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "g");
        for (const page of pages) {
          const depth = page.split(sep).length - 1;
          const path = join(root, page);
          const html = readFileSync(path, "utf8");
          const rewritten = html.replace(pattern, (_, attribute) => `${attribute}="${"../".repeat(depth) || "./"}${prefix.split("/").at(-2)}/`);
          if (rewritten !== html) writeFileSync(path, rewritten);
        }
        logger.info(`made script links relative in ${pages.length} pages`);
      },
    },
  };
}

/**
 * Resolves d3-delaunay to a stub in the browser bundle only; see
 * src/client/no-delaunay.ts for why the figures can do without it.
 */
function leaveOutDelaunay() {
  const stub = fileURLToPath(new URL("src/client/no-delaunay.ts", import.meta.url));
  return {
    name: "leave-out-d3-delaunay",
    enforce: "pre",
    resolveId: (id, _importer, options) => (id === "d3-delaunay" && !options?.ssr ? stub : undefined),
  };
}

// The pages must work from any folder of any static host, so they link no
// root-relative asset: styles are inlined, the integration above makes script
// links relative, and scripts find workers and chunks relative to their own URL.
// Opened from file://, the pages read fully, and browsers that refuse module scripts there show no controls.
export default defineConfig({
  integrations: [mdx({ remarkPlugins: [remarkLocateComponents, remarkChapterHeadings] }), relativeAssetLinks()],
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  vite: {
    plugins: [leaveOutDelaunay()],
    build: {
      // Terser packs Observable Plot about 4% smaller than esbuild, which keeps the article's scripts within budget.
      minify: "terser",
      // Preload links would use root-relative paths; the chunks load from relative imports without them.
      modulePreload: false,
    },
    experimental: {
      renderBuiltUrl: (_filename, { hostType }) => (hostType === "js" ? { relative: true } : undefined),
    },
  },
});
