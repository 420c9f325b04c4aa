import { minimalArticle as article } from "@broadsheet/article/testing";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { LibraryView } from "../views/LibraryView.js";
import { plainRows } from "../views/test-views.js";
import { articleLibrary } from "./library-entries.js";
import { libraryFirstFrame } from "./library-first-frame.js";
import { UNREAD_MARK } from "./library-screen.js";
import type { LibrarySource } from "./library-source.js";
import { withReadMarks } from "./test-read-marks.js";
import { resolveTheme } from "./themes.js";

const theme = resolveTheme("dark", {}, true);

function library(count: number) {
  return articleLibrary(
    Array.from({ length: count }, (_, index) => ({
      file: `content/story-${index}.md`,
      article: article({
        id: `s${index}`,
        slug: `story-${index}`,
        headline: `Story number ${index} about the harbour’s “new” ferry, told at some length`,
        articleSection: index % 2 ? "City" : "Transport and Infrastructure",
        datePublished: `2025-10-${String((index % 28) + 1).padStart(2, "0")}T07:30:00Z`,
      }),
    })),
  );
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function inkFrame(source: LibrarySource, columns: number, rows: number) {
  const view = render(
    <LibraryView
      library={source}
      source="content"
      notes={["2 files could not be read"]}
      state={{ filter: "", selected: 0 }}
      onChange={() => {}}
      onOpen={() => {}}
      onQuit={() => {}}
      columns={columns}
      rows={rows}
      theme={theme}
    />,
  );
  cleanup = view.unmount;
  return plainRows(view.frames[0]);
}

describe("libraryFirstFrame", () => {
  it.each([
    [3, 100, 12],
    [40, 100, 40],
    [0, 60, 10],
  ])("draws the rows the Ink view draws first (%i articles, %i×%i)", (count, columns, rows) => {
    const source = library(count);
    const frame = libraryFirstFrame(source, {
      source: "content",
      notes: ["2 files could not be read"],
      columns,
      rows,
      theme,
    });
    const drawn = plainRows(frame.replace(/\r\n/g, "\n"));
    expect(drawn).toHaveLength(rows - 1);
    expect(drawn[0]).toBe(`Broadsheet · content · ${count} article${count === 1 ? "" : "s"}`);
    expect(drawn.at(-1)).toMatch(/^ 2 files could not be read +↑↓ choose · Enter read · q quit$/);
    if (count > 0)
      expect(drawn[2]).toMatch(/^▸ 2025-10-01 +1 min +Transport and I… +Story number 0 /);
    else expect(drawn[2]).toBe("  No articles here yet.");
    expect(drawn).toEqual(inkFrame(source, columns, rows));
  });

  it("marks the unread entries and says how many there are, as the Ink view does", () => {
    const source = withReadMarks(library(4), new Set(["content/story-1.md"]));
    const options = { source: "content", notes: ["2 files could not be read"], theme };
    const frame = libraryFirstFrame(source, { ...options, columns: 100, rows: 12 });
    const drawn = plainRows(frame.replace(/\r\n/g, "\n"));
    expect(drawn.slice(2, 6).map((row) => row.slice(0, 5))).toEqual([
      `▸ ${UNREAD_MARK} 2`,
      "    2",
      `  ${UNREAD_MARK} 2`,
      `  ${UNREAD_MARK} 2`,
    ]);
    expect(drawn.at(-1)).toMatch(/^ 3 unread · 2 files could not be read +↑↓ choose/);
    expect(drawn).toEqual(inkFrame(source, 100, 12));
  });

  it("draws a read entry's headline plain and an unread one bold", () => {
    const source = withReadMarks(library(3), new Set(["content/story-2.md"]));
    const rows = libraryFirstFrame(source, {
      source: "content",
      notes: [],
      columns: 100,
      rows: 8,
      theme,
    }).split("\r\n");
    expect(rows[3]).toContain("\u001b[1mStory number 1");
    expect(rows[4]).not.toContain("\u001b[1m");
    expect(rows[4]).toContain("Story number 2");
  });

  it("marks nothing and counts nothing for a source that keeps no record of reading", () => {
    const frame = libraryFirstFrame(library(2), {
      source: "content",
      notes: [],
      columns: 80,
      rows: 8,
      theme,
    });
    expect(frame).not.toContain(UNREAD_MARK);
    expect(frame).not.toContain("unread");
  });
});
