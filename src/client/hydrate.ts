import { isFigureName } from "../lib/figures/names.ts";
import { parseControlList } from "../lib/playground/controls.ts";
import { settingsToParams } from "../lib/playground/settings.ts";
import type { FigureView } from "./figure-view.ts";
import type { FrameQueue } from "./frame-queue.ts";
import { pageExperiment, type PageExperiment } from "./page-store.ts";
import { ExperimentPanel } from "./panel.ts";
import { announcement } from "./run-status.ts";
import type { ExperimentState } from "./store.ts";
import { showUnavailable } from "./unavailable.ts";

/** State that the islands of one page share: the experiment, the drawing queue, the figure views and the panels. */
interface PageIslands {
  experiment: PageExperiment;
  queue: FrameQueue;
  narrowQuery: MediaQueryList;
  /** Tells each figure view whether its figure is on screen. */
  onScreen: IntersectionObserver;
  views: Map<Element, FigureView>;
  panels: ExperimentPanel[];
  noticesDismissed: boolean;
}

let pending: Promise<PageIslands> | undefined;

/** Creates the page's one polite live region, which announces the end of each run and divergences. */
function createLiveRegion(document: Document, experiment: PageExperiment): void {
  const region = document.createElement("div");
  region.className = "visually-hidden";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  document.body.append(region);
  let previous: ExperimentState | undefined = experiment.store.current;
  experiment.store.subscribe((state) => {
    const text = announcement(previous, state);
    previous = state;
    if (text !== null) region.textContent = text;
  });
}

/** Keeps links marked `data-settings-link`, such as the one to the playground, carrying the current settings. */
function linkSettings(document: Document, experiment: PageExperiment): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>("a[data-settings-link]")];
  if (links.length === 0) return;
  let linkedQuery = "";
  const update = (state: ExperimentState) => {
    const query = settingsToParams(state.settings).toString();
    if (query === linkedQuery) return;
    linkedQuery = query;
    for (const link of links) {
      const url = new URL(link.href);
      url.search = query;
      link.href = url.href;
    }
  };
  update(experiment.store.current);
  experiment.store.subscribe(update);
}

async function createPageIslands(): Promise<PageIslands> {
  const experiment = await pageExperiment();
  const views = new Map<Element, FigureView>();
  const onScreen = new IntersectionObserver((entries) => {
    for (const entry of entries) views.get(entry.target)?.setOnScreen(entry.isIntersecting);
  });
  createLiveRegion(document, experiment);
  linkSettings(document, experiment);
  return {
    experiment,
    queue: experiment.frames,
    narrowQuery: window.matchMedia("(max-width: 30rem)"),
    onScreen,
    views,
    panels: [],
    noticesDismissed: false,
  };
}

function addPanel(page: PageIslands, island: HTMLElement): ExperimentPanel | undefined {
  const selection = parseControlList(island.dataset["controls"]);
  if (!selection.panel) return undefined;
  const isFigure = island.dataset["island"] === "figure";
  const panel = new ExperimentPanel(document, page.experiment.store, {
    idPrefix: `${island.id}-controls`,
    settings: selection.settings,
    download: !isFigure,
  });
  if (isFigure) {
    island.prepend(panel.element);
  } else {
    island.querySelector(".panel-static")?.remove();
    island.append(panel.element);
  }
  page.panels.push(panel);
  if (!page.noticesDismissed) {
    panel.showNotices(page.experiment.notices, () => {
      page.noticesDismissed = true;
      for (const other of page.panels) other.hideNotices();
    });
  }
  return panel;
}

/**
 * Loads the figures and Plot, the larger part of the interactive code, in a
 * task of its own after the panel is up, so no single task has to compile it all.
 */
async function addFigureView(page: PageIslands, island: HTMLElement): Promise<FigureView | undefined> {
  const name = island.dataset["figure"] ?? "";
  if (island.dataset["island"] !== "figure") return undefined;
  if (!isFigureName(name)) throw new Error(`island ${island.id} names an unknown figure "${name}"`);
  const { FigureView } = await import("./figure-view.ts");
  const view = new FigureView(island, name, page.experiment.prebaked, page.queue, page.narrowQuery);
  page.views.set(island, view);
  page.onScreen.observe(island);
  return view;
}

/**
 * Makes one island interactive: adds its panel, if it has one, and redraws
 * its figure with every new state of the page's experiment. When the build's
 * results cannot be loaded, or the experiment becomes unavailable, the island
 * keeps what the build drew and shows a note instead.
 */
export async function hydrateIsland(island: HTMLElement): Promise<void> {
  pending ??= createPageIslands();
  let page: PageIslands;
  try {
    page = await pending;
  } catch {
    showUnavailable(island, "the results of the build could not be loaded.");
    return;
  }

  try {
    const { store } = page.experiment;
    page.experiment.watch(island);
    const panel = addPanel(page, island);
    const view = await addFigureView(page, island);
    const show = (state: ExperimentState) => {
      if (state.status === "unavailable") {
        if (panel) panel.element.hidden = true;
        showUnavailable(island, "the training worker could not run in this browser.", state.prebaked);
        return;
      }
      panel?.show(state);
      view?.show(state.result, state.status !== "training");
    };
    island.setAttribute("data-island-state", "hydrated");
    show(store.current);
    store.subscribe(show);
  } catch (error) {
    showUnavailable(island, "it failed to start.");
    console.error(error);
  }
}
