/**
 * Shows, at the top of an island, why it stays as the build drew it. The
 * prebaked chart, caption and description are left as they are.
 */
export function showUnavailable(island: Element, reason: string): void {
  island.setAttribute("data-island-state", "unavailable");
  let note = island.querySelector(":scope > .island-note");
  if (!note) {
    note = island.ownerDocument.createElement("p");
    note.className = "island-note";
    note.setAttribute("role", "note");
    island.prepend(note);
  }
  note.textContent = `The interactive version is unavailable: ${reason} What you see is the build's run.`;
}
