import type { ComparisonResult } from "../lib/experiments/result.ts";
import { figureSteps, type FigureName, type RenderedFigure } from "../lib/figures/index.ts";
import { NARROW_WIDTH } from "../lib/figures/plot-options.ts";
import { downsampleGrids } from "../lib/figures/raster.ts";
import type { FrameQueue } from "./frame-queue.ts";
import { miniature, warmUpSizes } from "./warm-up.ts";

/**
 * Grid spacing of the decision boundaries drawn in the browser, which the
 * worker's final snapshots already use. A finer grid, such as the build's
 * 0.025, is thinned to every second node, which costs Plot's contours a
 * quarter as much and still places the boundary within 2 or 3 pixels.
 */
export const LIVE_GRID_STEP = 0.05;

/**
 * A figure waits at least this many times its last drawing's cost between
 * two previews. A costly figure, such as the decision boundaries, then takes
 * at most a third of the main thread while a run trains, and leaves the CPU
 * to the training worker. The last state of a run is drawn at once.
 */
const PREVIEW_GAP_FACTOR = 2;

interface Drawing {
  container: Element;
  idPrefix: string;
  width?: number;
  /** Result the drawing shows now. */
  drawn: ComparisonResult;
}

/** A drawing under way, one step per frame. */
interface InFlight {
  target: Drawing;
  result: ComparisonResult;
  steps: Generator<void, RenderedFigure, void>;
  /** The finished figure, waiting for its own step to be put on the page. */
  rendered?: RenderedFigure;
  /** Time spent in this drawing's steps so far, in milliseconds. */
  costMs: number;
}

/** Figures whose drawing code has run once on this page. */
const warmedUp = new Set<FigureName>();

/** Returns the result with its decision grids thinned to about `LIVE_GRID_STEP`, or unchanged when they are that coarse already. */
export function liveGrid(result: ComparisonResult): ComparisonResult {
  return downsampleGrids(result, Math.max(1, Math.round(LIVE_GRID_STEP / result.gridSpec.step)));
}

/** Returns whether two results contain the same data set, the only thing that the data set figure shows. */
function sameData(a: ComparisonResult, b: ComparisonResult): boolean {
  const keys = ["seed", "noise", "samples", "testFraction"] as const;
  return keys.every((key) => a.config[key] === b.config[key]);
}

/**
 * Keeps one figure's chart, caption and description in step with the
 * experiment. It draws through the page's frame queue, one panel per step,
 * and only while the figure is on screen. Of a figure's two drawings it draws
 * the one that the screen width displays. The other one, and a figure off
 * screen, are drawn when they come into view. A drawing under way is finished
 * before the newest preview is drawn, so a stream of previews cannot starve it.
 */
export class FigureView {
  private latest: ComparisonResult;
  /** Whether `latest` ends or pauses a run rather than previews it. */
  private settled = true;
  private onScreen = false;
  private lastDrawCostMs = 0;
  private lastDrawEnd = Number.NEGATIVE_INFINITY;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: InFlight | undefined;
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
    this.warmUp(prebaked);
  }

  /**
   * Draws `result` when the figure is on screen. A result that ends or pauses
   * a run (`settled`) replaces a drawing under way, so the last state of a run
   * is drawn without waiting for a preview that is already out of date.
   */
  show(result: ComparisonResult, settled: boolean): void {
    if (result === this.latest) return;
    this.latest = result;
    this.settled = settled;
    if (settled && this.inFlight) this.inFlight = undefined;
    this.requestDraw();
  }

  setOnScreen(onScreen: boolean): void {
    this.onScreen = onScreen;
    if (onScreen) this.requestDraw();
    else this.queue.cancel(this);
  }

  /** Draws miniatures of the figure, off the page, one step per frame, so the first real drawing runs optimized code. */
  private warmUp(prebaked: ComparisonResult): void {
    if (warmedUp.has(this.name)) return;
    warmedUp.add(this.name);
    const document = this.figure.ownerDocument;
    const rounds = warmUpSizes.map((size) => () => figureSteps[this.name](miniature(prebaked, size), { document }));
    let steps = rounds.shift()!();
    const key = {};
    const step = (): void => {
      if (steps.next().done) {
        const next = rounds.shift();
        if (!next) return;
        steps = next();
      }
      this.queue.enqueue(key, step);
    };
    this.queue.enqueue(key, step);
  }

  private visibleDrawing(): Drawing {
    return this.narrow && this.narrowQuery.matches ? this.narrow : this.wide;
  }

  private requestDraw(): void {
    if (!this.onScreen) return;
    if (!this.inFlight && this.visibleDrawing().drawn === this.latest) return;
    if (!this.inFlight && !this.settled) {
      const wait = this.lastDrawEnd + PREVIEW_GAP_FACTOR * this.lastDrawCostMs - performance.now();
      if (wait > 0) {
        this.previewTimer ??= setTimeout(() => {
          this.previewTimer = undefined;
          this.requestDraw();
        }, wait);
        return;
      }
    }
    this.queue.enqueue(this, () => this.step());
  }

  private start(): InFlight | undefined {
    const target = this.visibleDrawing();
    const result = this.latest;
    if (target.drawn === result) return undefined;
    if (this.name === "dataset" && sameData(target.drawn, result)) {
      target.drawn = result;
      return undefined;
    }
    const input = this.name === "boundaries" ? liveGrid(result) : result;
    const steps = figureSteps[this.name](input, {
      document: this.figure.ownerDocument,
      idPrefix: target.idPrefix,
      ...(target.width === undefined ? {} : { width: target.width }),
    });
    return { target, result, steps, costMs: 0 };
  }

  private step(): void {
    const begin = performance.now();
    this.inFlight ??= this.start();
    const drawing = this.inFlight;
    if (!drawing) return;
    if (!drawing.rendered) {
      const next = drawing.steps.next();
      if (next.done) {
        // Putting the figure on the page makes the browser lay it out and paint it, so that gets a step of its own.
        drawing.rendered = next.value;
      }
      drawing.costMs += performance.now() - begin;
      this.queue.enqueue(this, () => this.step());
      return;
    }

    this.inFlight = undefined;
    drawing.target.container.replaceChildren(drawing.rendered.element);
    this.lastDrawCostMs = drawing.costMs + (performance.now() - begin);
    this.lastDrawEnd = performance.now();
    drawing.target.drawn = drawing.result;
    if (this.caption) this.caption.textContent = drawing.rendered.caption;
    if (this.description) this.description.textContent = drawing.rendered.description;
    this.requestDraw();
  }
}
