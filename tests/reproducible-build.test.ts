// Builds the site twice, each time in a fresh copy of the project that has no dist/, no .astro/ and no
// results cache, and checks that the two dist/ folders hold the same files with the same bytes.
// The two builds run at the same time, so the check also catches output that depends on timing.
import { spawn } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listFiles, projectRoot } from "./helpers/site.ts";

const BUILD_TIMEOUT_MS = 300_000;
const SKIPPED = new Set(["node_modules", "dist", ".git", ".astro"]);
const RESULTS_CACHE = "node_modules/.cache/activation-geometry";

/**
 * Copies the project's sources into a new temporary folder. Its node_modules/ is a real folder with
 * a link to each installed package. The tool caches, whose names start with a dot (.cache, .vite,
 * .astro), are left out, so a build there trains the networks and writes its caches inside the copy.
 */
function cleanCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), "reproducible-build-"));
  cpSync(projectRoot, copy, {
    recursive: true,
    filter: (source) => !SKIPPED.has(relative(projectRoot, source).split(/[\\/]/)[0] ?? ""),
  });
  mkdirSync(join(copy, "node_modules"));
  for (const entry of readdirSync(join(projectRoot, "node_modules"))) {
    if (entry.startsWith(".") && entry !== ".bin") continue;
    symlinkSync(join(projectRoot, "node_modules", entry), join(copy, "node_modules", entry));
  }
  return copy;
}

/** Runs `astro build` in `folder` and rejects with its output when it fails or times out. */
function build(folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/astro/astro.js", "build"], {
      cwd: folder,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), BUILD_TIMEOUT_MS);
    child.once("error", reject);
    child.once("close", (status, signal) => {
      clearTimeout(timer);
      if (status === 0) resolve();
      else reject(new Error(`astro build in ${folder} failed with ${signal ?? `status ${status}`}:\n${output.slice(-4000)}`));
    });
  });
}

/** Returns `offset` moved back to the start of a UTF-8 character, so that a slice from it decodes cleanly. */
function characterStart(buffer: Buffer, offset: number): number {
  let start = Math.max(0, Math.min(offset, buffer.length));
  while (start > 0 && (buffer[start]! & 0b1100_0000) === 0b1000_0000) start--;
  return start;
}

/** Describes where two buffers first differ, with about 40 bytes of each on both sides of that offset. */
function describeDifference(first: Buffer, second: Buffer): string {
  let offset = 0;
  while (offset < first.length && offset < second.length && first[offset] === second[offset]) offset++;
  const around = (buffer: Buffer) =>
    JSON.stringify(buffer.subarray(characterStart(buffer, offset - 40), characterStart(buffer, offset + 40)).toString("utf8"));
  return `at byte ${offset} of ${first.length} and ${second.length}:\n  first:  ${around(first)}\n  second: ${around(second)}`;
}

describe("reproducible build", () => {
  const copies: string[] = [];

  beforeAll(async () => {
    copies.push(cleanCopy(), cleanCopy());
    await Promise.all(copies.map(build));
  }, 2 * BUILD_TIMEOUT_MS);

  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  test("each build trains from scratch", () => {
    for (const copy of copies) {
      expect(lstatSync(join(copy, "node_modules", ".cache")).isSymbolicLink(), `${copy}/node_modules/.cache is a link`).toBe(false);
      expect(readdirSync(join(copy, RESULTS_CACHE)), `results cache written by the build in ${copy}`).toHaveLength(1);
    }
  });

  test("both builds emit the same files", () => {
    const [first, second] = copies.map((copy) => listFiles(join(copy, "dist")));
    expect(first).toContain("index.html");
    expect(second).toEqual(first);
  });

  test("every file has the same bytes", () => {
    const [firstDist, secondDist] = copies.map((copy) => join(copy, "dist"));
    for (const file of listFiles(firstDist!)) {
      const secondPath = join(secondDist!, file);
      if (!existsSync(secondPath)) continue;
      const first = readFileSync(join(firstDist!, file));
      const second = readFileSync(secondPath);
      if (!first.equals(second)) expect.fail(`dist/${file} differs between two clean builds ${describeDifference(first, second)}`);
    }
  });
});
