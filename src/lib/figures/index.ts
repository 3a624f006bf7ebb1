import { boundariesSteps } from "./boundaries.ts";
import { renderDataset } from "./dataset.ts";
import { hiddenSteps } from "./hidden.ts";
import { renderLoss } from "./loss.ts";
import type { FigureName } from "./names.ts";
import { traceSteps } from "./trace.ts";
import { runSteps, type FigureRenderer, type FigureSteps } from "./types.ts";

export type { FigureContext, FigureRenderer, FigureSteps, RenderedFigure } from "./types.ts";
export { figureNames, isFigureName, type FigureName } from "./names.ts";

/** Wraps a single-chart renderer as one step. */
function oneStep(renderer: FigureRenderer): FigureSteps {
  return function* (result, context) {
    return renderer(result, context);
  };
}

/** Each figure's renderer in steps of at most one panel, for drawing across frames in the browser. */
export const figureSteps: Record<FigureName, FigureSteps> = {
  dataset: oneStep(renderDataset),
  loss: oneStep(renderLoss),
  boundaries: boundariesSteps,
  trace: traceSteps,
  hidden: hiddenSteps,
};

export const figureRenderers: Record<FigureName, FigureRenderer> = {
  dataset: renderDataset,
  loss: renderLoss,
  boundaries: runSteps(boundariesSteps),
  trace: runSteps(traceSteps),
  hidden: runSteps(hiddenSteps),
};
