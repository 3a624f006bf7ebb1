/**
 * Shows, at the top of an island, why it stops being interactive. The chart,
 * caption and description are left as they are: the build's drawing unless
 * `showsBuild` is false because the reader had already retrained.
 */
export function showUnavailable(island: Element, reason: string, showsBuild = true): void {
  island.setAttribute("data-island-state", "unavailable");
  let note = island.querySelector(":scope > .island-note");
  if (!note) {
    note = island.ownerDocument.createElement("p");
    note.className = "island-note";
    note.setAttribute("role", "note");
    island.prepend(note);
  }
  note.textContent = `The interactive version is unavailable: ${reason}${showsBuild ? " What you see is the build's run." : ""}`;
}
