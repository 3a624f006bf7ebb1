/** Containers for figures made of several charts; the layout lives in inline styles, so it needs no stylesheet. */

/** Wraps the charts of one figure in a block with the group role and the figure's accessible name. */
export function figureGroup(document: Document, label: string, children: readonly Element[]): Element {
  const group = document.createElement("div");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", label);
  for (const child of children) group.appendChild(child);
  return group;
}

/** Lays panels out side by side, wrapping to the next line on narrow screens. */
export function panelRow(document: Document, panels: readonly Element[]): Element {
  const row = document.createElement("div");
  row.setAttribute("style", "display: flex; flex-wrap: wrap;");
  for (const panel of panels) row.appendChild(panel);
  return row;
}
