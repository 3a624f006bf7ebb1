import type { APIRoute } from "astro";
import { loadArticleResults } from "../../build/results.ts";
import { publishResults } from "../../lib/experiments/publish.ts";

export const GET: APIRoute = async () => {
  const { result } = await loadArticleResults();
  return new Response(JSON.stringify(publishResults(result)), { headers: { "Content-Type": "application/json" } });
};
