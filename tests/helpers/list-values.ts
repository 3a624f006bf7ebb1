// Prints every key that <Value of="..."> accepts, with its current value: `npm run values`.
import { loadArticleResults } from "../../src/build/results.ts";
import { listKeys, lookupValue, quotableValues } from "../../src/lib/experiments/values.ts";

const { result, trainMs } = await loadArticleResults();
const tree = quotableValues(result, trainMs);
const keys = listKeys(tree);
const width = Math.max(...keys.map((key) => key.length));
for (const key of keys) console.log(`${key.padEnd(width)}  ${lookupValue(tree, key)}`);
