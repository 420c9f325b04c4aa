import type { Article } from "@broadsheet/article";
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { articleLibrary } from "../app/library-entries.js";
import { UNREAD_MARK } from "../app/library-screen.js";
import { withReadMarks } from "../app/test-read-marks.js";
import { resolveTheme } from "../app/themes.js";
import { type Positions, ReaderApp } from "./ReaderApp.js";
import { KEYS, longArticle, plainRows, press, settle } from "./test-views.js";

const theme = resolveTheme("dark", {}, true);

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const positions: Positions = { load: () => undefined, update: () => {}, save: () => {} };

function headlineRow(rows: readonly string[], headline: string): string {
  return rows.find((row) => row.includes(headline)) ?? "";
}

describe("the library's unread marks", () => {
  it("takes the mark off an article read, and counts one fewer, on coming back to the list", async () => {
    const articles: Article[] = ["Tunnel Opens Early", "Harbour Bridge Reopens"].map(
      (headline, index) =>
        longArticle({ id: `a${index}`, slug: `a${index}`, headline, datePublished: undefined }),
    );
    const library = withReadMarks(
      articleLibrary(articles.map((article, index) => ({ file: `${index}.md`, article }))),
    );
    const view = render(
      <ReaderApp
        start={{ kind: "library", library, source: "following", notes: ["1 feed"] }}
        preferredWidth={72}
        hyperlinks={false}
        theme={theme}
        positions={positions}
        onDone={() => {}}
        size={{ columns: 100, rows: 12 }}
      />,
    );
    cleanup = view.unmount;
    await settle();
    const before = plainRows(view.lastFrame());
    expect(headlineRow(before, "Harbour Bridge").slice(0, 5)).toBe(`  ${UNREAD_MARK} u`);
    expect(headlineRow(before, "Enter read")).toMatch(/^ 2 unread · 1 feed /);
    await press(view.stdin, KEYS.down, KEYS.enter);
    expect(plainRows(view.lastFrame())[0]).toContain("Harbour Bridge Reopens");
    await press(view.stdin, "q");
    const after = plainRows(view.lastFrame());
    expect(headlineRow(after, "Harbour Bridge").slice(0, 5)).toBe("▸   u");
    expect(headlineRow(after, "Tunnel Opens").slice(0, 5)).toBe(`  ${UNREAD_MARK} u`);
    expect(headlineRow(after, "Enter read")).toMatch(/^ 1 unread · 1 feed /);
    expect([...library.read]).toEqual(["1.md"]);
  });
});
