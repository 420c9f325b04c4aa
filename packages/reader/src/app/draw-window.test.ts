import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import type { Layout, LayoutLine } from "../layout/layout-types.js";
import { drawWindow } from "./draw-window.js";
import { resolveTheme } from "./themes.js";

const lines: LayoutLine[] = Array.from({ length: 10_000 }, (_, i) => ({
  segments: [{ text: `line ${i} word` }],
  block: i,
  lineInBlock: 0,
}));
const layout: Layout = { width: 30, lines, sections: [], links: [] };
const drawing = { theme: resolveTheme("dark", {}, true), hyperlinks: false };

describe("drawWindow", () => {
  it("draws only the window's lines", () => {
    const rows = drawWindow({ layout, top: 5000, window: 4, search: undefined }, drawing);
    expect(rows).toEqual(["line 5000 word", "line 5001 word", "line 5002 word", "line 5003 word"]);
  });

  it("pads below the end of the article", () => {
    const rows = drawWindow({ layout, top: 9998, window: 4, search: undefined }, drawing);
    expect(rows.map((row) => row.trim())).toEqual(["line 9998 word", "line 9999 word", "", ""]);
  });

  it("highlights the matches on visible lines, the current one apart", () => {
    const matches = Array.from({ length: 10_000 }, (_, line) => ({ line, start: 0, end: 4 }));
    const rows = drawWindow(
      {
        layout,
        top: 100,
        window: 2,
        search: { query: "line", direction: "forward", matches, current: 101 },
      },
      drawing,
    );
    expect(rows[0]).toContain(`\u001b[${drawing.theme.match}mline\u001b[0m`);
    expect(rows[1]).toContain(`\u001b[${drawing.theme["current-match"]}mline\u001b[0m`);
    expect(rows.map((row) => stripVTControlCharacters(row))).toEqual([
      "line 100 word",
      "line 101 word",
    ]);
  });
});
