import { parsePublishedResults, type PublishedResults } from "../lib/experiments/publish.ts";
import { FrameQueue } from "./frame-queue.ts";
import { ExperimentStore } from "./store.ts";
import { readSettingsFromUrl, writeSettingsToUrl } from "./url-state.ts";

export interface PageExperiment {
  store: ExperimentStore;
  /** The build's results, which the prebaked figures show. */
  prebaked: PublishedResults;
  /**
   * The page's animation-frame queue. The store publishes each new result
   * through it, so views that draw the result in the same queue do so in the
   * same frame when the budget allows.
   */
  frames: FrameQueue;
  /** Notices about URL parameters that were cleaned, shown once. */
  notices: string[];
  /** Counts an element as a view of the experiment: training pauses while no view is on screen or the tab is hidden. */
  watch(element: Element): void;
}

let pending: Promise<PageExperiment> | undefined;

/** Returns the address of the build's results, from the relative path to the site's root that the layout writes on `<body>`. */
function resultsUrl(): URL {
  const siteRoot = new URL(document.body.dataset["siteRoot"] ?? import.meta.env.BASE_URL, document.baseURI);
  return new URL("data/experiment.json", siteRoot);
}

async function loadResults() {
  const response = await fetch(resultsUrl());
  if (!response.ok) throw new Error(`loading the results failed with HTTP ${response.status}`);
  return parsePublishedResults(await response.json());
}

async function createPageExperiment(): Promise<PageExperiment> {
  const result = await loadResults();
  const { settings, notices, fromLink } = readSettingsFromUrl(window.location, window.history);
  const frames = new FrameQueue((callback) => requestAnimationFrame(() => callback()));
  const storeFrame = {};
  const store = new ExperimentStore(settings, result, {
    createWorker: () => new Worker(new URL("../workers/training.worker.ts", import.meta.url), { type: "module" }),
    requestFrame: (callback) => frames.enqueue(storeFrame, callback),
    reducedMotion: window.matchMedia("(prefers-reduced-motion: reduce)").matches,
    onSettings: (next) => writeSettingsToUrl(next, window.location, window.history),
  });
  const onScreen = new Set<Element>();
  const update = () => store.setVisible(document.visibilityState === "visible" && onScreen.size > 0);
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) onScreen.add(entry.target);
      else onScreen.delete(entry.target);
    }
    update();
  });
  document.addEventListener("visibilitychange", update);
  if (fromLink) store.train();
  else setTimeout(() => store.prepare(), 0);
  return { store, prebaked: result, frames, notices, watch: (element) => observer.observe(element) };
}

/**
 * Returns the page's one experiment, created on first use: the build's
 * results, the settings from the URL and a training worker. Rejects when the
 * results cannot be loaded; callers then keep the prebaked figures.
 */
export function pageExperiment(): Promise<PageExperiment> {
  pending ??= createPageExperiment();
  return pending;
}
