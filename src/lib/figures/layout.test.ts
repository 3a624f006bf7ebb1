import { describe, expect, it } from "vitest";
import { figureGroup, panelRow } from "./layout.ts";
import { createDocument } from "./test-support.ts";

const document = createDocument();

describe("figureGroup", () => {
  it("is a labelled group around the charts", () => {
    const group = figureGroup(document, "Decision boundaries", [document.createElement("span")]);
    expect(group.getAttribute("role")).toBe("group");
    expect(group.getAttribute("aria-label")).toBe("Decision boundaries");
    expect(group.children).toHaveLength(1);
  });
});

describe("panelRow", () => {
  it("wraps panels with an inline flex style", () => {
    const row = panelRow(document, [document.createElement("span"), document.createElement("span")]);
    expect(row.getAttribute("style")).toContain("flex-wrap: wrap");
    expect(row.children).toHaveLength(2);
  });
});
