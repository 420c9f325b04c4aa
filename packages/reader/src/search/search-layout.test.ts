import { describe, expect, it } from "vitest";
import { layoutArticle } from "../layout/layout-article.js";
import { lineText } from "../layout/line-text.js";
import { testLayout } from "../layout/test-layout.js";
import { readerArticle } from "../layout/test-reader-article.js";
import { searchLayout } from "./search-layout.js";

describe("searchLayout", () => {
  const layout = testLayout([
    "The bridge and the BRIDGE",
    "",
    "bridges of Malmö",
    "İstanbul bridge",
  ]);

  it("ignores case when the query is all lower case", () => {
    expect(searchLayout(layout, "bridge")).toEqual([
      { line: 0, start: 4, end: 10 },
      { line: 0, start: 19, end: 25 },
      { line: 2, start: 0, end: 6 },
      { line: 3, start: 9, end: 15 },
    ]);
  });

  it("matches case when the query has a capital (smart case)", () => {
    expect(searchLayout(layout, "BRIDGE")).toEqual([{ line: 0, start: 19, end: 25 }]);
    expect(searchLayout(layout, "The")).toEqual([{ line: 0, start: 0, end: 3 }]);
  });

  it("gives UTF-16 offsets into the line's text, even where lower case changes length", () => {
    const [match] = searchLayout(layout, "malmö");
    expect(match).toEqual({ line: 2, start: 11, end: 16 });
    expect(searchLayout(layout, "stanbul")).toEqual([{ line: 3, start: 1, end: 8 }]);
  });

  it("does not overlap matches, and finds nothing for an empty query", () => {
    expect(searchLayout(testLayout(["aaaa"]), "aa")).toHaveLength(2);
    expect(searchLayout(layout, "")).toEqual([]);
  });

  it("finds matches that span styled segments", () => {
    const article = layoutArticle(readerArticle(), { width: 72, hyperlinks: false });
    const matches = searchLayout(article, "the city said");
    expect(matches).toHaveLength(1);
    const [match] = matches;
    if (!match) throw new Error("no match");
    expect(
      lineText(article.lines[match.line] ?? { segments: [], block: 0, lineInBlock: 0 }).slice(
        match.start,
        match.end,
      ),
    ).toBe("the city said");
  });
});
