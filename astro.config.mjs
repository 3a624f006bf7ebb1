import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Components whose build errors should point at the MDX line that uses them.
const locatedComponents = new Set(["Value", "Figure"]);

// The page titles itself with <h1> and each chapter with <h2>, so headings inside a chapter start at ###.
const minChapterHeadingDepth = 3;

/**
 * Adds `source="<file>:<line>"` to every `<Value>` and `<Figure>` tag in MDX,
 * so an invalid key or figure name fails the build naming the chapter file
 * and line. Astro does not tell a component which MDX file renders it.
 * Also rejects a chapter heading above level 3.
 */
function remarkLocateComponents() {
  return (tree, file) => {
    const path = file.path ? relative(root, file.path).split("\\").join("/") : "unknown file";
    const isChapter = path.startsWith("src/content/chapters/");
    const stack = [tree];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node.children) stack.push(...node.children);
      if (isChapter && node.type === "heading" && node.depth < minChapterHeadingDepth) {
        const where = node.position ? `${path}:${node.position.start.line}` : path;
        throw new Error(
          `${where}: invalid heading level ${node.depth}. Headings inside a chapter start at ### ` +
            "because the chapter title is the page's <h2>.",
        );
      }
      const isJsx = node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
      if (!isJsx || !locatedComponents.has(node.name)) continue;
      if (node.attributes.some((attribute) => attribute.name === "source")) continue;
      const line = node.position?.start.line;
      const source = line === undefined ? path : `${path}:${line}`;
      node.attributes.push({ type: "mdxJsxAttribute", name: "source", value: source });
    }
  };
}

// The page must work from any folder of any static host and from file://,
// so it links no root-relative asset. Styles are inlined and there is no client script.
export default defineConfig({
  integrations: [mdx({ remarkPlugins: [remarkLocateComponents] })],
  build: { inlineStylesheets: "always" },
  devToolbar: { enabled: false },
});
