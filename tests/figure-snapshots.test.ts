// Compares every prebaked figure, drawn from the article's results, with a reviewed snapshot in
// tests/snapshots/: `<name>.svg` for a single chart, `<name>.html` for a figure of several panels.
// A change to the training code or to a figure's code that moves a drawing fails here.
//
// - Missing snapshot: the test writes it and passes, except in CI (the CI variable is set), where it fails.
// - Mismatch: the test writes the new drawing to `<name>-changed.<ext>` beside the snapshot and fails.
//   Review both files; if the change is intended, move the -changed file over the snapshot.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { renderFigure, type RenderedFigureHtml } from "../src/build/render-figure.ts";
import { loadArticleResults } from "../src/build/results.ts";
import { figureNames } from "../src/lib/figures/index.ts";
import { NARROW_WIDTH } from "../src/lib/figures/plot-options.ts";
import { projectRoot } from "./helpers/site.ts";
import { normalizeMarkup } from "./helpers/snapshot.ts";

const SNAPSHOT_FOLDER = "tests/snapshots";

const inCI = !["", "0", "false"].includes((process.env["CI"] ?? "").toLowerCase());

/**
 * Returns the snapshot text of a figure: its title, caption and description as a comment, then the
 * normalized markup. An SVG gets its namespace attribute, so that a browser draws the file.
 */
function snapshotText(figure: RenderedFigureHtml): string {
  const comment = [`title: ${figure.title}`, `caption: ${figure.caption}`, `description: ${figure.description}`]
    .map((line) => line.replace(/--/g, "- -"))
    .join("\n");
  const markup = normalizeMarkup(figure.html).replace(/^<svg (?!xmlns=)/, '<svg xmlns="http://www.w3.org/2000/svg" ');
  return `<!--\n${comment}\n-->\n${markup}`;
}

/** Returns the 1-based number and both versions of the first line where two texts differ. */
function firstDifference(expected: string, actual: string): string {
  const expectedLines = expected.split("\n");
  const actualLines = actual.split("\n");
  const line = expectedLines.findIndex((text, i) => text !== actualLines[i]);
  const index = line === -1 ? expectedLines.length : line;
  const clip = (text: string | undefined) => (text === undefined ? "(end of file)" : text.trim().slice(0, 200));
  return `first difference at line ${index + 1}:\n  snapshot: ${clip(expectedLines[index])}\n  now:      ${clip(actualLines[index])}`;
}

/** Compares `actual` with the stored snapshot `<name>.<extension>`. Writes a missing snapshot outside CI and a -changed file on a mismatch. */
function matchSnapshot(name: string, extension: string, actual: string): void {
  const snapshot = `${SNAPSHOT_FOLDER}/${name}.${extension}`;
  const changed = `${SNAPSHOT_FOLDER}/${name}-changed.${extension}`;
  const snapshotPath = join(projectRoot, snapshot);
  const changedPath = join(projectRoot, changed);

  if (!existsSync(snapshotPath)) {
    if (inCI) throw new Error(`snapshot ${snapshot} is missing. Run \`npm test\` outside CI to write it, review it and commit it.`);
    mkdirSync(join(projectRoot, SNAPSHOT_FOLDER), { recursive: true });
    writeFileSync(snapshotPath, actual);
    console.warn(`wrote new snapshot ${snapshot}; review it and commit it`);
    return;
  }

  const expected = readFileSync(snapshotPath, "utf8");
  if (actual === expected) {
    rmSync(changedPath, { force: true });
    return;
  }
  writeFileSync(changedPath, actual);
  expect.fail(
    `figure ${name} differs from its snapshot ${snapshot}; the new drawing is in ${changed}.\n` +
      `${firstDifference(expected, actual)}\n` +
      `If the change is intended, move ${changed} over ${snapshot}.`,
  );
}

// Loaded while the tests are collected, because whether a figure has a phone drawing depends on what it renders.
const { result } = await loadArticleResults();

describe("figure snapshots", () => {
  for (const name of figureNames) {
    const figure = renderFigure(name, result);
    const isSingleChart = figure.html.startsWith("<svg");

    test(`${name} matches its snapshot`, () => {
      matchSnapshot(name, isSingleChart ? "svg" : "html", snapshotText(figure));
    });

    // A figure of several panels wraps them by itself, so the page draws a narrow copy only of a single chart.
    if (isSingleChart) {
      test(`${name} at phone width matches its snapshot`, () => {
        const narrow = renderFigure(name, result, { width: NARROW_WIDTH, idPrefix: `${name}-narrow` });
        matchSnapshot(`${name}-narrow`, "svg", snapshotText(narrow));
      });
    }
  }
});
