// Kept apart from index.ts so that code which only checks a name does not load the renderers and Plot.

/** Names of the article's figures, in the order the article shows them. */
export const figureNames = ["dataset", "loss", "boundaries", "trace", "hidden"] as const;
export type FigureName = (typeof figureNames)[number];

export function isFigureName(value: string): value is FigureName {
  return (figureNames as readonly string[]).includes(value);
}
