/**
 * Entry script of every page with islands: figures (`data-island="figure"`)
 * and experiment panels (`data-island="panel"`). Each island stays exactly as
 * the build rendered it until it first scrolls into view. Only then does the
 * page load the module that makes it interactive, and Observable Plot with it.
 */
import { showUnavailable } from "./unavailable.ts";

function hydrate(island: HTMLElement): void {
  island.setAttribute("data-island-state", "loading");
  import("./hydrate.ts").then(
    (module) => module.hydrateIsland(island),
    () => showUnavailable(island, "its script could not be loaded."),
  );
}

function start(): void {
  const islands = document.querySelectorAll<HTMLElement>("[data-island]");
  if (islands.length === 0 || typeof IntersectionObserver === "undefined") return;
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      hydrate(entry.target as HTMLElement);
    }
  });
  islands.forEach((island) => observer.observe(island));
}

start();
