/**
 * Post-processing of the elements that Plot returns: accessible names,
 * figure-scoped ids, and the removal of the `aria-label` attributes that axe
 * and html-validate report on elements without a role.
 */

/** Gives a root SVG the image role and an accessible name. */
export function labelSvg(svg: Element, label: string): Element {
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.removeAttribute("aria-description");
  return svg;
}

/** Removes `aria-label` and `aria-description` from every descendant that has no role. */
export function stripUnroledLabels(root: Element): void {
  for (const element of Array.from(root.querySelectorAll("[aria-label], [aria-description]"))) {
    if (element.hasAttribute("role")) continue;
    element.removeAttribute("aria-label");
    element.removeAttribute("aria-description");
  }
}

const ID_LIST_ATTRIBUTES = new Set(["aria-labelledby", "aria-describedby"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Renames every id inside `root` to `<prefix>-<n>`, numbered in document
 * order, and rewrites the references to them: `url(#id)`, `#id`, and the id
 * lists of `aria-labelledby` and `aria-describedby`. Plot
 * numbers its clip paths and markers with counters global to the page, so
 * without this two figures could share an id and a rerender would change it.
 */
export function scopeIds(root: Element, prefix: string): void {
  const elements = [root, ...Array.from(root.querySelectorAll("[id]"))].filter((element) => element.hasAttribute("id"));
  if (elements.length === 0) return;

  const renamed = new Map<string, string>();
  elements.forEach((element, n) => {
    const id = element.getAttribute("id")!;
    const scoped = `${prefix}-${n + 1}`;
    renamed.set(id, scoped);
    element.setAttribute("id", scoped);
  });

  const pattern = new RegExp(`#(${[...renamed.keys()].map(escapeRegExp).join("|")})(?![\\w-])`, "g");
  for (const element of [root, ...Array.from(root.querySelectorAll("*"))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (ID_LIST_ATTRIBUTES.has(attribute.name)) {
        const ids = attribute.value.split(/\s+/).map((id) => renamed.get(id) ?? id);
        element.setAttribute(attribute.name, ids.join(" "));
        continue;
      }
      if (!attribute.value.includes("#")) continue;
      const value = attribute.value.replace(pattern, (_, id: string) => `#${renamed.get(id)!}`);
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
}

const GEOMETRY_ATTRIBUTES = ["d", "transform", "points", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height"];
const LONG_DECIMAL = /(-?\d+\.\d{3,})/g;

/**
 * Rounds every number in the geometry attributes to two decimals, a hundredth
 * of a pixel. Plot writes up to 17 significant digits, which add bytes and no
 * visible detail.
 */
export function roundGeometry(root: Element): void {
  const selector = GEOMETRY_ATTRIBUTES.map((name) => `[${name}]`).join(", ");
  for (const element of Array.from(root.querySelectorAll(selector))) {
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null || !LONG_DECIMAL.test(value)) continue;
      LONG_DECIMAL.lastIndex = 0;
      element.setAttribute(name, value.replace(LONG_DECIMAL, (number) => String(Math.round(Number(number) * 100) / 100)));
    }
  }
}

/** Prepares a finished figure for the page: scoped ids, no role-less labels and rounded coordinates. */
export function finishFigure(root: Element, idPrefix: string): Element {
  stripUnroledLabels(root);
  scopeIds(root, idPrefix);
  roundGeometry(root);
  return root;
}
