import { describe, expect, it } from "vitest";
import { anchorAt } from "./anchor-at.js";
import { layoutArticle } from "./layout-article.js";
import type { Layout } from "./layout-types.js";
import { lineForAnchor } from "./line-for-anchor.js";
import { testLayout } from "./test-layout.js";
import { readerArticle } from "./test-reader-article.js";

const article = readerArticle();
const wide = layoutArticle(article, { width: 100, hyperlinks: false });
const narrow = layoutArticle(article, { width: 40, hyperlinks: false });
const firstLineOf = (layout: Layout, block: number) =>
  layout.lines.findIndex((line) => line.block === block);

describe("anchorAt and lineForAnchor", () => {
  it("keep the reader on the same paragraph when the width changes", () => {
    const top = firstLineOf(wide, 3);
    const anchor = anchorAt(wide, top);
    expect(anchor).toEqual({ block: 3, fraction: 0 });
    const line = lineForAnchor(narrow, anchor);
    expect(line).toBe(firstLineOf(narrow, 3));
    expect(line).not.toBe(top);
  });

  it("keep the same proportion of the way through a long block", () => {
    const start = firstLineOf(narrow, 5);
    const count = narrow.lines.filter((line) => line.block === 5).length;
    const anchor = anchorAt(narrow, start + 2);
    expect(anchor).toEqual({ block: 5, fraction: 2 / count });
    const wideStart = firstLineOf(wide, 5);
    const wideCount = wide.lines.filter((line) => line.block === 5).length;
    expect(lineForAnchor(wide, anchor)).toBe(wideStart + Math.floor((2 / count) * wideCount));
  });

  it("round-trip every line of a layout to itself", () => {
    wide.lines.forEach((_, line) => {
      expect(lineForAnchor(wide, anchorAt(wide, line))).toBe(line);
    });
  });

  it("anchor the header and the footer too", () => {
    expect(anchorAt(wide, 0)).toEqual({ block: -1, fraction: 0 });
    expect(lineForAnchor(narrow, { block: -1, fraction: 0 })).toBe(0);
    const footer = anchorAt(wide, wide.lines.length - 1);
    expect(footer.block).toBe(-2);
    expect(narrow.lines[lineForAnchor(narrow, footer)]?.block).toBe(-2);
  });

  it("fall back to the next block shown when the block is missing (a partial layout)", () => {
    const partial: Layout = { ...wide, lines: wide.lines.filter((line) => line.block !== 4) };
    expect(partial.lines[lineForAnchor(partial, { block: 4, fraction: 0.5 })]?.block).toBe(5);
    const start = testLayout(["a", "b"], 0);
    expect(lineForAnchor(start, { block: 9, fraction: 0 })).toBe(1);
  });

  it("clamp positions outside the layout and cope with an empty one", () => {
    const empty: Layout = { width: 40, lines: [], sections: [], links: [] };
    expect(anchorAt(empty, 5)).toEqual({ block: -1, fraction: 0 });
    expect(lineForAnchor(empty, { block: 3, fraction: 0.5 })).toBe(0);
    expect(anchorAt(wide, 10_000).block).toBe(-2);
    expect(anchorAt(wide, -3)).toEqual({ block: -1, fraction: 0 });
    expect(lineForAnchor(wide, { block: 3, fraction: Number.NaN })).toBe(firstLineOf(wide, 3));
  });
});
