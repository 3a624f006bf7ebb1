// Checks the built site in dist/ (`npm test` builds it first) and that broken
// chapters fail the build with messages that name the file and the fix.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");
const chaptersDir = join(root, "src", "content", "chapters");

const textExtensions = new Set([".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml", ".csv", ".map"]);

/** Figures of the article and the chapter (file name without .mdx) that shows each one. */
const expectedFigures = [
  { name: "dataset", chapter: "dataset" },
  { name: "loss", chapter: "loss" },
  { name: "boundaries", chapter: "boundaries" },
  { name: "trace", chapter: "trace" },
  { name: "hidden", chapter: "hidden-space" },
];

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** Returns the chapter ids (file names without .mdx) sorted by the `order` of their front matter. */
function chapterIdsByOrder(): string[] {
  const chapters = readdirSync(chaptersDir)
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => {
      const source = readFileSync(join(chaptersDir, file), "utf8");
      const order = /^order:\s*(\d+)\s*$/m.exec(source)?.[1];
      if (order === undefined) throw new Error(`${file} has no numeric order in its front matter`);
      return { id: basename(file, ".mdx"), order: Number(order) };
    });
  return chapters.sort((a, b) => a.order - b.order).map(({ id }) => id);
}

function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Returns the text of an element referenced by an `aria-labelledby` or `aria-describedby` list of ids. */
function referencedText(document: Document, ids: string | null): string {
  if (!ids) return "";
  return ids
    .split(/\s+/)
    .map((id) => textOf(document.getElementById(id)))
    .join(" ")
    .trim();
}

describe("built page", () => {
  let document: Document;

  beforeAll(() => {
    const indexPath = join(dist, "index.html");
    if (!existsSync(indexPath)) throw new Error(`${indexPath} not found. Run \`npx astro build\` before vitest.`);
    document = parseHTML(readFileSync(indexPath, "utf8")).document;
  });

  test("head has language, title and meta", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("en");
    expect(textOf(document.querySelector("head > title"))).not.toBe("");
    expect(document.querySelector('meta[name="description"]')?.getAttribute("content")).toBeTruthy();
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute("content")).toContain("width=device-width");
  });

  test("page has landmarks and a skip link", () => {
    expect(document.querySelectorAll("header")).toHaveLength(1);
    expect(document.querySelectorAll("main")).toHaveLength(1);
    expect(document.querySelector("nav")).not.toBeNull();
    expect(document.querySelector("footer")).not.toBeNull();
    expect(document.querySelectorAll("h1")).toHaveLength(1);

    const skipLink = document.querySelector("body a");
    const target = skipLink?.getAttribute("href") ?? "";
    expect(target).toMatch(/^#./);
    expect(document.getElementById(target.slice(1))?.tagName).toBe("MAIN");
  });

  test("page is valid HTML", async () => {
    // Observable Plot styles its charts with style attributes, so only that rule of the recommended set is off.
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });
    const report = await validator.validateString(readFileSync(join(dist, "index.html"), "utf8"), "dist/index.html");
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });

  test("page loads nothing from another host", () => {
    for (const element of document.querySelectorAll("[src], link[href], script")) {
      const url = element.getAttribute("src") ?? element.getAttribute("href") ?? "";
      expect(url, element.outerHTML.slice(0, 120)).not.toMatch(/^(https?:)?\/\//);
    }
  });

  test("element ids are unique", () => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });

  test("chapters appear in front matter order", () => {
    const headingIds = [...document.querySelectorAll("main section > h2")].map((heading) => heading.id);
    expect(headingIds).toEqual(chapterIdsByOrder());
  });

  test("every chapter heading has a TOC link", () => {
    const headings = [...document.querySelectorAll("main section > h2")];
    const tocTargets = [...document.querySelectorAll("nav a[href^='#']")].map((link) => link.getAttribute("href"));
    expect(headings.length).toBeGreaterThan(0);
    expect(tocTargets).toEqual(headings.map((heading) => `#${heading.id}`));

    for (const heading of headings) {
      expect(heading.id).not.toBe("");
      expect(heading.querySelector(`a[href="#${heading.id}"]`), `self-link of #${heading.id}`).not.toBeNull();
    }
  });

  test("five figures with inline SVG", () => {
    const figures = [...document.querySelectorAll("main figure")];
    expect(figures.map((figure) => figure.id)).toEqual(expectedFigures.map(({ name }) => `figure-${name}`));

    for (const { name, chapter } of expectedFigures) {
      const figure = document.getElementById(`figure-${name}`)!;
      expect(figure.closest("section")?.querySelector("h2")?.id, `chapter of figure ${name}`).toBe(chapter);
      expect(figure.querySelector("svg"), `SVG of figure ${name}`).not.toBeNull();
      expect(textOf(figure.querySelector("figcaption")), `caption of figure ${name}`).not.toBe("");
    }
  });

  test("figures have names and descriptions", () => {
    for (const figure of document.querySelectorAll("main figure")) {
      const name = referencedText(document, figure.getAttribute("aria-labelledby")) || figure.getAttribute("aria-label");
      const description = referencedText(document, figure.getAttribute("aria-describedby"));
      expect(name, `accessible name of ${figure.id}`).toBeTruthy();
      expect(description.length, `description of ${figure.id}`).toBeGreaterThan(20);
    }
  });

  test("prose quotes the final results", () => {
    const paragraphs = [...document.querySelectorAll("main section p")]
      .filter((paragraph) => !paragraph.closest("figure"))
      .map(textOf);
    const quotes = (...parts: string[]) => paragraphs.some((text) => parts.every((part) => text.includes(part)));

    expect(quotes("sigmoid", "0.2822", "79.0%"), "sigmoid loss and accuracy in one paragraph").toBe(true);
    expect(quotes("ReLU", "0.0353", "96.0%"), "ReLU loss and accuracy in one paragraph").toBe(true);
  });

  test("dist text has no NaN or undefined", () => {
    // Bundled scripts are code, where NaN and undefined are ordinary identifiers; the browser tests check what they show.
    const isBundledScript = (file: string) => relative(dist, file).startsWith("_astro") && extname(file) === ".js";
    const files = listFiles(dist).filter((file) => textExtensions.has(extname(file)) && !isBundledScript(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, relative(root, file)).not.toMatch(/\bNaN\b/);
      expect(text, relative(root, file)).not.toMatch(/\bundefined\b/);
    }
  });
});

describe("interactive pages", () => {
  let article: Document;
  let playground: Document;

  beforeAll(() => {
    const playgroundPath = join(dist, "playground", "index.html");
    if (!existsSync(playgroundPath)) throw new Error(`${playgroundPath} not found. Run \`npx astro build\` before vitest.`);
    article = parseHTML(readFileSync(join(dist, "index.html"), "utf8")).document;
    playground = parseHTML(readFileSync(playgroundPath, "utf8")).document;
  });

  test("figures are islands with their chapter's controls", () => {
    const controls = [...article.querySelectorAll("main figure")].map((figure) => [
      figure.getAttribute("data-island"),
      figure.getAttribute("data-figure"),
      figure.getAttribute("data-controls"),
    ]);
    expect(controls).toEqual([
      ["figure", "dataset", "noise,seed"],
      ["figure", "loss", "activations,learningRate,epochs"],
      ["figure", "boundaries", "activations,width,depth"],
      ["figure", "trace", "activations,init"],
      ["figure", "hidden", "activations,depth"],
    ]);
  });

  test("prebaked page has no controls", () => {
    for (const document of [article, playground]) {
      expect(document.querySelectorAll("main button, main input, main select")).toHaveLength(0);
    }
  });

  test("script links are relative to each page", () => {
    const sources = (document: Document) => [...document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src"));
    expect(sources(article).length).toBeGreaterThan(0);
    for (const source of sources(article)) expect(source).toMatch(/^\.\/_astro\/[\w.-]+\.js$/);
    for (const source of sources(playground)) expect(source).toMatch(/^\.\.\/_astro\/[\w.-]+\.js$/);
    expect(article.body.getAttribute("data-site-root")).toBe("./");
    expect(playground.body.getAttribute("data-site-root")).toBe("../");
  });

  test("article and playground link each other", () => {
    const toPlayground = [...article.querySelectorAll("a[href='playground/']")];
    expect(toPlayground.length).toBeGreaterThan(0);
    expect(toPlayground.every((link) => link.hasAttribute("data-settings-link"))).toBe(true);
    expect(playground.querySelector("a[href='../']")).not.toBeNull();
  });

  test("playground shows every figure and the build's settings", () => {
    expect([...playground.querySelectorAll("main figure")].map((figure) => figure.id)).toEqual(expectedFigures.map(({ name }) => `figure-${name}`));
    for (const figure of playground.querySelectorAll("main figure")) {
      expect(figure.getAttribute("data-controls"), figure.id).toBe("none");
      expect(figure.querySelector("svg"), figure.id).not.toBeNull();
    }
    const panel = playground.getElementById("playground-controls");
    expect(panel?.getAttribute("data-island")).toBe("panel");
    const settings = Object.fromEntries(
      [...(panel?.querySelectorAll(".settings-list div") ?? [])].map((row) => [textOf(row.querySelector("dt")), textOf(row.querySelector("dd"))]),
    );
    expect(settings).toMatchObject({ "Network 1 activation": "Sigmoid", "Network 2 activation": "ReLU", "Learning rate": "0.05", Epochs: "800", "Random seed": "42" });
  });

  test("playground is valid HTML", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });
    const report = await validator.validateString(readFileSync(join(dist, "playground", "index.html"), "utf8"), "dist/playground/index.html");
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(problems).toEqual([]);
  });

  test("playground ids are unique", () => {
    const ids = [...playground.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

// Each case builds a copy of the project with one broken chapter added. The builds run one after another.
describe("build errors", () => {
  const brokenChapter = "src/content/chapters/zz-broken.mdx";
  let copy: string;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "article-build-"));
    const skipped = new Set(["node_modules", "dist", ".git", ".astro"]);
    cpSync(root, copy, {
      recursive: true,
      filter: (source) => !skipped.has(relative(root, source).split(/[\\/]/)[0] ?? ""),
    });
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  /** Builds the copy with `chapter` added as a new chapter file and returns the exit status and output. */
  function buildWith(chapter: string): { status: number | null; output: string } {
    writeFileSync(join(copy, brokenChapter), chapter);
    try {
      const run = spawnSync(join(copy, "node_modules", ".bin", "astro"), ["build"], {
        cwd: copy,
        encoding: "utf8",
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
        timeout: 240_000,
      });
      const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
      return { status: run.status, output };
    } finally {
      rmSync(join(copy, brokenChapter), { force: true });
    }
  }

  const frontMatter = "---\ntitle: Broken chapter\norder: 99\nsummary: A chapter that must fail the build.\n---\n\n";

  test("unknown value key names file and nearest key", { timeout: 300_000 }, () => {
    const { status, output } = buildWith(`${frontMatter}Accuracy: <Value of="relu.testAccuracyy" format="percent" />.\n`);

    expect(status).not.toBe(0);
    expect(output).toContain(`${brokenChapter}:7`);
    expect(output).toContain('unknown value key "relu.testAccuracyy"');
    expect(output).toMatch(/nearest valid keys: [^\n]*relu\.testAccuracy\b/);
  });

  test("unknown figure name names file and valid names", { timeout: 300_000 }, () => {
    const { status, output } = buildWith(`${frontMatter}<Figure name="boundary" />\n`);

    expect(status).not.toBe(0);
    expect(output).toContain(`${brokenChapter}:7`);
    expect(output).toContain('unknown figure name "boundary"');
    expect(output).toMatch(/valid names: [^\n]*boundaries/);
  });

  test("unknown control names file and valid controls", { timeout: 300_000 }, () => {
    const { status, output } = buildWith(`${frontMatter}<Figure name="loss" controls="activations,lr" />\n`);

    expect(status).not.toBe(0);
    expect(output).toContain(`${brokenChapter}:7`);
    expect(output).toContain('invalid controls of figure "loss": unknown control "lr"');
    expect(output).toMatch(/valid controls: [^\n]*learningRate/);
  });

  test("missing title names file and field", { timeout: 300_000 }, () => {
    const { status, output } = buildWith("---\norder: 99\nsummary: A chapter without a title.\n---\n\nText.\n");

    expect(status).not.toBe(0);
    expect(output).toContain(brokenChapter);
    expect(output).toMatch(/title[^\n]*Required/);
  });

  test("duplicate order names both files", { timeout: 300_000 }, () => {
    const { status, output } = buildWith("---\ntitle: Broken chapter\norder: 1\nsummary: A second chapter 1.\n---\n\nText.\n");

    expect(status).not.toBe(0);
    expect(output).toContain(brokenChapter);
    expect(output).toMatch(/both have order 1\b/);
  });
});
