import { minimalArticle as article } from "@broadsheet/article/testing";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { LibraryView } from "../views/LibraryView.js";
import { plainRows } from "../views/test-views.js";
import { articleLibrary } from "./library-entries.js";
import { libraryFirstFrame } from "./library-first-frame.js";
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

function inkFrame(source: ReturnType<typeof library>, columns: number, rows: number) {
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
});
