import { renderBoundaries } from "./boundaries.ts";
import { renderDataset } from "./dataset.ts";
import { renderHidden } from "./hidden.ts";
import { renderLoss } from "./loss.ts";
import { renderTrace } from "./trace.ts";
import type { FigureRenderer } from "./types.ts";

export type { FigureContext, FigureRenderer, RenderedFigure } from "./types.ts";

/** Names of the article's figures, in the order the article shows them. */
export const figureNames = ["dataset", "loss", "boundaries", "trace", "hidden"] as const;
export type FigureName = (typeof figureNames)[number];

export const figureRenderers: Record<FigureName, FigureRenderer> = {
  dataset: renderDataset,
  loss: renderLoss,
  boundaries: renderBoundaries,
  trace: renderTrace,
  hidden: renderHidden,
};

export function isFigureName(value: string): value is FigureName {
  return (figureNames as readonly string[]).includes(value);
}
