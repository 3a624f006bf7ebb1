// Crawls the built site as `astro preview` serves it, starting from every HTML page in dist/. The crawl
// follows each link and asset reference on this server: pages, style sheets, scripts and the modules they
// import. A reference fails when its target does not load or its #fragment names no element of the page.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startPreview, type PreviewServer } from "./helpers/preview.ts";
import { cssReferences, htmlReferences, jsReferences, type Reference } from "./helpers/references.ts";
import { builtPages, distFileOf } from "./helpers/site.ts";

interface Fetched {
  status: number;
  /** Ids of the elements when the response is an HTML page, for checking #fragment links. */
  ids: Set<string> | null;
}

interface Found extends Reference {
  /** File of dist/ that contains the reference, such as `dist/index.html`. */
  from: string;
}

function withoutFragment(url: URL): string {
  const copy = new URL(url);
  copy.hash = "";
  return copy.href;
}

function referencesOf(body: string, contentType: string, url: string): { references: Reference[]; ids: Set<string> | null } {
  if (contentType.includes("text/html")) return htmlReferences(body, url);
  if (contentType.includes("text/css")) return { references: cssReferences(body, url), ids: null };
  if (contentType.includes("javascript")) return { references: jsReferences(body, url), ids: null };
  return { references: [], ids: null };
}

/** Fetches every page of `startUrls` and, breadth first, every URL on the same origin that they reference. */
async function crawl(startUrls: string[], origin: string): Promise<{ fetched: Map<string, Fetched>; found: Found[] }> {
  const fetched = new Map<string, Fetched>();
  const found: Found[] = [];
  const queue = [...startUrls];

  while (queue.length > 0) {
    const url = queue.shift()!;
    if (fetched.has(url)) continue;

    const response = await fetch(url);
    const contentType = response.headers.get("content-type") ?? "";
    const isText = /text\/|javascript|json|svg/.test(contentType);
    const body = isText ? await response.text() : "";
    if (!isText) await response.arrayBuffer();
    if (!response.ok) {
      fetched.set(url, { status: response.status, ids: null });
      continue;
    }

    const { references, ids } = referencesOf(body, contentType, url);
    fetched.set(url, { status: response.status, ids });
    const from = distFileOf(new URL(url).pathname);
    for (const reference of references) {
      found.push({ ...reference, from });
      if (reference.url?.origin === origin) queue.push(withoutFragment(reference.url));
    }
  }
  return { fetched, found };
}

/** Describes what is wrong with a reference on this server, or returns null when it loads and its fragment exists. */
function problemOf(reference: Found, fetched: Map<string, Fetched>): string | null {
  const where = `${reference.from}: ${reference.kind} "${reference.value}"`;
  if (reference.url === null) return `${where} is not a valid URL`;

  const target = fetched.get(withoutFragment(reference.url));
  if (!target) return null;
  if (target.status !== 200) return `${where} returns HTTP ${target.status}`;

  const fragment = decodeURIComponent(reference.url.hash.slice(1));
  if (fragment === "" || fragment.startsWith(":~:") || target.ids === null) return null;
  if (!target.ids.has(fragment)) return `${where} names no element with id "${fragment}" on ${reference.url.pathname}`;
  return null;
}

describe("site links", () => {
  const pages = builtPages();
  let server: PreviewServer;
  let fetched: Map<string, Fetched>;
  let found: Found[];

  beforeAll(async () => {
    server = await startPreview();
    ({ fetched, found } = await crawl(
      pages.map((page) => `${server.url}${page.urlPath}`),
      server.url,
    ));
  });

  afterAll(async () => {
    await server?.stop();
  });

  test("every built page loads", () => {
    for (const page of pages) {
      expect(fetched.get(`${server.url}${page.urlPath}`)?.status, `dist/${page.file} at ${page.urlPath}`).toBe(200);
    }
  });

  test("no reference is broken", () => {
    const problems = found.map((reference) => problemOf(reference, fetched)).filter((problem) => problem !== null);
    expect([...new Set(problems)]).toEqual([]);
  });
});
