// Checks the markup of every HTML page in dist/ (`npm test` builds it first): valid HTML, unique ids,
// and in-page references (`#id` links, `url(#id)` paints and clip paths, ARIA id lists) that point at an element.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { builtPages, distDir } from "./helpers/site.ts";

// Observable Plot styles its charts with style attributes, so only that rule of the recommended set is off.
const validator = new HtmlValidate({ extends: ["html-validate:recommended"], rules: { "no-inline-style": "off" } });

/** Attributes whose value is a space-separated list of ids on the same page. */
const ID_LIST_ATTRIBUTES = [
  "aria-activedescendant",
  "aria-controls",
  "aria-describedby",
  "aria-details",
  "aria-errormessage",
  "aria-flowto",
  "aria-labelledby",
  "aria-owns",
  "for",
  "form",
  "headers",
  "list",
  "popovertarget",
];

const URL_REFERENCE = /url\(\s*["']?#([^"')\s]+)["']?\s*\)/g;

function readPage(file: string): string {
  return readFileSync(join(distDir, file), "utf8");
}

/** Lists each id that more than one element of the document carries, with its count. */
function duplicateIds(document: Document): string[] {
  const counts = new Map<string, number>();
  for (const element of document.querySelectorAll("[id]")) {
    const id = element.getAttribute("id")!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].filter(([, count]) => count > 1).map(([id, count]) => `"${id}" ${count} times`);
}

/** Lists the references inside the document to an id that no element carries, as `<tag attribute="value">`. */
function danglingReferences(document: Document): string[] {
  const ids = new Set([...document.querySelectorAll("[id]")].map((element) => element.getAttribute("id")!));
  const dangling: string[] = [];
  const report = (element: Element, name: string, value: string) =>
    dangling.push(`<${element.tagName.toLowerCase()} ${name}="${value.slice(0, 80)}">`);

  for (const element of document.querySelectorAll("*")) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (ID_LIST_ATTRIBUTES.includes(name)) {
        if (value.split(/\s+/).some((id) => id !== "" && !ids.has(id))) report(element, name, value);
      } else if ((name === "href" || name === "xlink:href") && value.startsWith("#") && value.length > 1) {
        if (!ids.has(decodeURIComponent(value.slice(1)))) report(element, name, value);
      } else {
        for (const [, id] of value.matchAll(URL_REFERENCE)) if (!ids.has(id!)) report(element, name, value);
      }
    }
  }

  for (const style of document.querySelectorAll("style")) {
    for (const [reference, id] of (style.textContent ?? "").matchAll(URL_REFERENCE)) {
      if (!ids.has(id!)) dangling.push(`<style> ${reference}`);
    }
  }
  return dangling;
}

describe("every built page", () => {
  const pages = builtPages();

  for (const { file } of pages) {
    describe(`dist/${file}`, () => {
      test("is valid HTML", async () => {
        const report = await validator.validateString(readPage(file), `dist/${file}`);
        const problems = report.results.flatMap((result) =>
          result.messages.map((message) => `dist/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
        );
        expect(problems).toEqual([]);
      });

      test("has unique element ids", () => {
        const { document } = parseHTML(readPage(file));
        expect(duplicateIds(document as unknown as Document), `duplicate ids in dist/${file}`).toEqual([]);
      });

      test("references only existing ids", () => {
        const { document } = parseHTML(readPage(file));
        expect(danglingReferences(document as unknown as Document), `references to missing ids in dist/${file}`).toEqual([]);
      });
    });
  }
});
