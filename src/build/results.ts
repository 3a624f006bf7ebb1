import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { articleConfig, type ComparisonConfig } from "../lib/experiments/config.ts";
import type { ComparisonResult } from "../lib/experiments/result.ts";
import { runComparison } from "../lib/experiments/run.ts";

export interface ArticleResults {
  result: ComparisonResult;
  /** Training time of both networks, in milliseconds; measured when the cache entry was made. */
  trainMs: number;
}

// Folders whose code computes the results; a change to any file in them invalidates the cache.
const ENGINE_FOLDERS = ["src/lib/random", "src/lib/data", "src/lib/nn", "src/lib/experiments"];
const CACHE_FOLDER = "node_modules/.cache/activation-geometry";
const FORMAT_VERSION = 1;

function sourceFiles(root: string, folder: string): string[] {
  const path = join(root, folder);
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Hashes the configuration, the engine's source files and the seedrandom version into a cache key. */
export function cacheKey(root: string, config: ComparisonConfig): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ FORMAT_VERSION, config }));
  for (const folder of ENGINE_FOLDERS) {
    for (const file of sourceFiles(root, folder)) hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  hash.update(readFileSync(join(root, "node_modules/seedrandom/package.json")));
  return hash.digest("hex").slice(0, 32);
}

function isArticleResults(value: unknown): value is ArticleResults {
  if (typeof value !== "object" || value === null) return false;
  const { result, trainMs } = value as Partial<ArticleResults>;
  return typeof trainMs === "number" && typeof result === "object" && result !== null && Array.isArray(result.networks) && result.networks.length === 2;
}

/** Throws when the results hold a diverged network or a number that is not finite. */
export function assertUsable(results: ArticleResults): void {
  for (const network of results.result.networks) {
    if (network.divergedAt !== null) throw new Error(`the article's ${network.activation} network diverged at epoch ${network.divergedAt}`);
  }
  JSON.stringify(results.result, (key, value: unknown) => {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`the article's results hold a non-finite number at "${key}"`);
    return value;
  });
}

/**
 * Returns the article's results from the cache under node_modules/.cache, or
 * trains and stores them. The entry is written to a temporary file and then
 * renamed, so a reader never sees half an entry. Without a project folder to
 * hash (`root` lacks the engine's sources) it trains without caching.
 */
export function computeArticleResults(root: string, config: ComparisonConfig = structuredClone(articleConfig)): ArticleResults {
  const cacheable = ENGINE_FOLDERS.every((folder) => existsSync(join(root, folder)));
  const file = cacheable ? join(root, CACHE_FOLDER, `experiment-${cacheKey(root, config)}.json`) : undefined;
  if (file && existsSync(file)) {
    try {
      const cached: unknown = JSON.parse(readFileSync(file, "utf8"));
      if (isArticleResults(cached)) return cached;
    } catch {
      // An unreadable entry is replaced below.
    }
  }

  const results = runComparison(config);
  assertUsable(results);
  if (file) {
    mkdirSync(join(root, CACHE_FOLDER), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(results));
    renameSync(temporary, file);
  }
  return results;
}

let pending: Promise<ArticleResults> | undefined;

/** Returns the article's results, computed or read from the cache once per process. */
export function loadArticleResults(): Promise<ArticleResults> {
  pending ??= Promise.resolve().then(() => computeArticleResults(process.cwd()));
  return pending;
}
