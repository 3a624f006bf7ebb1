import type { ComparisonResult } from "../lib/experiments/result.ts";
import { figureRenderers, type FigureName } from "../lib/figures/index.ts";
import { NARROW_WIDTH } from "../lib/figures/plot-options.ts";
import { downsampleGrids } from "../lib/figures/raster.ts";
import type { FrameQueue } from "./frame-queue.ts";


/**
 * Grid spacing of the decision boundaries drawn in the browser. The final
 * grid of a run (0.025) would take Plot's contours about 100 ms per panel;
 * every second node costs a quarter of that and still places the boundary
 * within 2 or 3 pixels.
 */
export const LIVE_GRID_STEP = 0.05;

interface Drawing {
  container: Element;
  idPrefix: string;
  width?: number;
  /** Result the drawing shows now. */
  drawn: ComparisonResult;
}

/** Returns the result with its decision grids thinned to about `LIVE_GRID_STEP`, or unchanged when they are that coarse already. */
export function liveGrid(result: ComparisonResult): ComparisonResult {
  return downsampleGrids(result, Math.max(1, Math.round(LIVE_GRID_STEP / result.gridSpec.step)));
}

/** Whether two results hold the same data set, which is all the data set figure shows. */
function sameData(a: ComparisonResult, b: ComparisonResult): boolean {
  const keys = ["seed", "noise", "samples", "testFraction"] as const;
  return keys.every((key) => a.config[key] === b.config[key]);
}

/**
 * Keeps one figure's chart, caption and description in step with the
 * experiment. It draws only while the figure is on screen, through the
 * page's frame queue, and only the drawing that the screen width displays;
 * the other one, and a figure off screen, are drawn when they come into view.
 */
export class FigureView {
  private latest: ComparisonResult;
  private onScreen = false;
  private readonly wide: Drawing;
  private readonly narrow: Drawing | undefined;
  private readonly caption: Element | null;
  private readonly description: Element | null;

  constructor(
    private readonly figure: HTMLElement,
    private readonly name: FigureName,
    prebaked: ComparisonResult,
    private readonly queue: FrameQueue,
    private readonly narrowQuery: MediaQueryList,
  ) {
    this.latest = prebaked;
    const wideBox = figure.querySelector(".figure-chart-wide") ?? figure.querySelector(".figure-chart");
    if (!wideBox) throw new Error(`figure ${figure.id} has no .figure-chart element to draw in`);
    this.wide = { container: wideBox, idPrefix: name, drawn: prebaked };
    const narrowBox = figure.querySelector(".figure-chart-narrow");
    this.narrow = narrowBox ? { container: narrowBox, idPrefix: `${name}-narrow`, width: NARROW_WIDTH, drawn: prebaked } : undefined;
    this.caption = figure.querySelector(".figure-caption-text");
    this.description = figure.querySelector(".figure-description p");
    narrowQuery.addEventListener("change", () => this.requestDraw());
  }

  show(result: ComparisonResult): void {
    if (result === this.latest) return;
    this.latest = result;
    this.requestDraw();
  }

  setOnScreen(onScreen: boolean): void {
    this.onScreen = onScreen;
    if (onScreen) this.requestDraw();
    else this.queue.cancel(this);
  }

  private visibleDrawing(): Drawing {
    return this.narrow && this.narrowQuery.matches ? this.narrow : this.wide;
  }

  private requestDraw(): void {
    if (!this.onScreen || this.visibleDrawing().drawn === this.latest) return;
    this.queue.enqueue(this, () => this.draw());
  }

  private draw(): void {
    const drawing = this.visibleDrawing();
    const result = this.latest;
    if (drawing.drawn === result) return;
    if (this.name === "dataset" && sameData(drawing.drawn, result)) {
      drawing.drawn = result;
      return;
    }

    const input = this.name === "boundaries" ? liveGrid(result) : result;
    const rendered = figureRenderers[this.name](input, {
      document: this.figure.ownerDocument,
      idPrefix: drawing.idPrefix,
      ...(drawing.width === undefined ? {} : { width: drawing.width }),
    });
    drawing.container.replaceChildren(rendered.element);
    drawing.drawn = result;
    if (this.caption) this.caption.textContent = rendered.caption;
    if (this.description) this.description.textContent = rendered.description;
  }
}
