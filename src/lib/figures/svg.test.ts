import { describe, expect, it } from "vitest";
import { finishFigure, labelSvg, roundGeometry, scopeIds, stripUnroledLabels } from "./svg.ts";
import { createDocument } from "./test-support.ts";

function fragment(html: string): Element {
  const document = createDocument();
  const holder = document.createElement("div");
  holder.innerHTML = html;
  return holder.firstElementChild!;
}

describe("labelSvg", () => {
  it("sets the image role and the accessible name", () => {
    const svg = labelSvg(fragment('<svg aria-description="old"></svg>'), "Training loss");
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Training loss");
    expect(svg.hasAttribute("aria-description")).toBe(false);
  });
});

describe("stripUnroledLabels", () => {
  it("removes labels from groups without a role and keeps labelled roles", () => {
    const root = fragment('<div role="group" aria-label="Figure"><svg role="img" aria-label="Panel"><g aria-label="dot"></g></svg></div>');
    stripUnroledLabels(root);
    expect(root.getAttribute("aria-label")).toBe("Figure");
    expect(root.querySelector("svg")!.getAttribute("aria-label")).toBe("Panel");
    expect(root.querySelector("g")!.hasAttribute("aria-label")).toBe(false);
  });
});

describe("scopeIds", () => {
  it("renames ids in document order with the prefix", () => {
    const root = fragment('<svg><clipPath id="plot-clip-7"></clipPath><clipPath id="plot-clip-8"></clipPath></svg>');
    scopeIds(root, "loss");
    expect(Array.from(root.querySelectorAll("[id]")).map((node) => node.getAttribute("id"))).toEqual(["loss-1", "loss-2"]);
  });

  it("rewrites url references to renamed ids", () => {
    const root = fragment('<svg><clipPath id="plot-clip-7"></clipPath><g clip-path="url(#plot-clip-7)"></g></svg>');
    scopeIds(root, "boundaries");
    expect(root.querySelector("g")!.getAttribute("clip-path")).toBe("url(#boundaries-1)");
  });

  it("does not touch a reference to a longer id that starts with a renamed one", () => {
    const root = fragment('<svg><clipPath id="a"></clipPath><use href="#a-b"></use></svg>');
    scopeIds(root, "x");
    expect(root.querySelector("use")!.getAttribute("href")).toBe("#a-b");
  });

  it("rewrites aria-labelledby id lists", () => {
    const root = fragment('<div><p id="t">Title</p><svg aria-labelledby="t other"></svg></div>');
    scopeIds(root, "hidden");
    expect(root.querySelector("svg")!.getAttribute("aria-labelledby")).toBe("hidden-1 other");
  });
});

describe("roundGeometry", () => {
  it("rounds long decimals in geometry attributes", () => {
    const root = fragment('<svg><path d="M1.23456,2L3.999999,4.5" transform="translate(40,263.0849980587952)"></path></svg>');
    roundGeometry(root);
    expect(root.querySelector("path")!.getAttribute("d")).toBe("M1.23,2L4,4.5");
    expect(root.querySelector("path")!.getAttribute("transform")).toBe("translate(40,263.08)");
  });

  it("leaves labels alone", () => {
    const root = fragment('<svg aria-label="final: 0.2822"><text x="1.23456">0.28216</text></svg>');
    roundGeometry(root);
    expect(root.getAttribute("aria-label")).toBe("final: 0.2822");
    expect(root.querySelector("text")!.textContent).toBe("0.28216");
  });
});

describe("finishFigure", () => {
  it("scopes ids and strips labels in one pass", () => {
    const root = fragment('<svg role="img" aria-label="A"><clipPath id="c"></clipPath><g aria-label="line" clip-path="url(#c)"></g></svg>');
    finishFigure(root, "trace");
    expect(root.outerHTML).toContain('id="trace-1"');
    expect(root.outerHTML).toContain('clip-path="url(#trace-1)"');
    expect(root.querySelector("g")!.hasAttribute("aria-label")).toBe(false);
  });
});
