import { glob } from "astro/loaders";
import { defineCollection, z } from "astro:content";

// Each chapter is one MDX file, and the page shows them all, sorted by `order`.
const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/chapters" }),
  schema: z
    .object({
      title: z.string().min(1),
      /** Position on the page, starting at 1. The page rejects two chapters with the same order. */
      order: z.number().int().positive(),
      /** One or two sentences, shown in the table of contents. */
      summary: z.string().min(1),
      /** Shorter title for the table of contents, when `title` is long. */
      shortTitle: z.string().min(1).optional(),
    })
    .strict(),
});

export const collections = { chapters };
