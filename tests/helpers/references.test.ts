import { describe, expect, it } from "vitest";
import { cssReferences, htmlReferences, jsReferences, type Reference } from "./references.ts";

const page = "http://127.0.0.1:4321/guide/";

function urls(references: Reference[]): string[] {
  return references.map((reference) => reference.url?.href ?? `invalid: ${reference.value}`);
}

describe("htmlReferences", () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="../_astro/page.css">
    <script type="module" src="/_astro/page.js"></script>
    <script type="module">import "./inline.js";</script>
    </head><body>
    <a href="other/#part">next</a> <a href="#local">here</a> <a href="http://[broken">bad</a>
    <img src="a.png" srcset="a-2x.png 2x, a-3x.png 3x" alt="">
    <div id="local" style="background: url('bg.svg')"></div>
    <svg><use href="#local"></use><image href="plot.svg"></image></svg>
    <object data="doc.pdf"></object>
    </body></html>`;
  const { references, ids } = htmlReferences(html, page);

  it("resolves every URL against the page", () => {
    expect(urls(references)).toEqual(
      expect.arrayContaining([
        "http://127.0.0.1:4321/_astro/page.css",
        "http://127.0.0.1:4321/_astro/page.js",
        "http://127.0.0.1:4321/guide/inline.js",
        "http://127.0.0.1:4321/guide/other/#part",
        "http://127.0.0.1:4321/guide/a.png",
        "http://127.0.0.1:4321/guide/a-2x.png",
        "http://127.0.0.1:4321/guide/a-3x.png",
        "http://127.0.0.1:4321/guide/bg.svg",
        "http://127.0.0.1:4321/guide/plot.svg",
        "http://127.0.0.1:4321/guide/doc.pdf",
      ]),
    );
  });

  it("reports an invalid URL", () => {
    expect(urls(references)).toContain("invalid: http://[broken");
  });

  it("leaves in-page references out", () => {
    expect(references.map((reference) => reference.value)).not.toContain("#local");
  });

  it("collects the ids", () => {
    expect([...ids]).toEqual(["local"]);
  });

  it("resolves against <base href>", () => {
    const withBase = htmlReferences('<html><head><base href="/docs/"></head><body><img src="x.png" alt=""></body></html>', page);
    expect(urls(withBase.references)).toEqual(["http://127.0.0.1:4321/docs/x.png"]);
  });
});

describe("cssReferences", () => {
  it("lists url() and @import but not fragments", () => {
    const css = `@import "base.css"; .a { background: url(img/a.png) } .b { clip-path: url(#clip) } @font-face { src: url("f.woff2") }`;
    expect(urls(cssReferences(css, "http://127.0.0.1:4321/_astro/page.css"))).toEqual([
      "http://127.0.0.1:4321/_astro/img/a.png",
      "http://127.0.0.1:4321/_astro/f.woff2",
      "http://127.0.0.1:4321/_astro/base.css",
    ]);
  });
});

describe("jsReferences", () => {
  const module = "http://127.0.0.1:4321/_astro/page.js";

  it("lists minified imports, re-exports, dynamic imports and new URL", () => {
    const js =
      'import{a as b}from"./chunk-1.js";import"./side.js";export*from"../lib.js";' +
      'const w=new Worker(new URL("./worker-2.js",import.meta.url),{type:"module"});import("./lazy.js");' +
      'const u=new URL(""+new URL("worker-3.js",import.meta.url).href,import.meta.url);';
    expect(urls(jsReferences(js, module)).sort()).toEqual([
      "http://127.0.0.1:4321/_astro/chunk-1.js",
      "http://127.0.0.1:4321/_astro/lazy.js",
      "http://127.0.0.1:4321/_astro/side.js",
      "http://127.0.0.1:4321/_astro/worker-2.js",
      "http://127.0.0.1:4321/_astro/worker-3.js",
      "http://127.0.0.1:4321/lib.js",
    ]);
  });

  it("skips bare specifiers and non-URL strings", () => {
    expect(jsReferences('import{x}from"astro";if(t==="import"||t==="export")f();', module)).toEqual([]);
  });
});
