import { basename, relative } from "node:path";
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

// The page must work from any folder of any static host and from file://,
// so it links no root-relative asset. Styles are inlined and there is no client script.
export default defineConfig({
  integrations: [mdx({ remarkPlugins: [remarkLocateComponents, remarkChapterHeadings] })],
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
});
