import { render } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveTheme } from "../app/themes.js";
import { columnWidth } from "../layout/column-width.js";
import { layoutArticle } from "../layout/layout-article.js";
import { layoutArticleProgressively } from "../layout/layout-article-progressively.js";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { renderPlainText } from "../layout/render-plain-text.js";
import { ArticleView, type ArticleViewProps } from "./ArticleView.js";
import { KEYS, longArticle, plainRows, press, SECTIONS, settle } from "./test-views.js";

const theme = resolveTheme("dark", {}, true);
const article = longArticle();
const COLUMNS = 100;
const ROWS = 12;
const WINDOW = ROWS - 2;
const width = columnWidth(COLUMNS, 72);
const layout = layoutArticle(article, { width, hyperlinks: false });
const text = renderPlainText(layout).map((line) => line.trim());

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function open(props: Partial<ArticleViewProps> = {}) {
  const onExit = vi.fn<(how: string, anchor: ReadingAnchor) => void>();
  const all: ArticleViewProps = {
    article,
    columns: COLUMNS,
    rows: ROWS,
    preferredWidth: 72,
    hyperlinks: false,
    theme,
    onExit,
    ...props,
  };
  const view = render(<ArticleView {...all} />);
  cleanup = view.unmount;
  await settle();
  const screen = () => plainRows(view.lastFrame());
  /** The text rows on screen, trimmed, without the status line. */
  const window = () =>
    screen()
      .slice(0, WINDOW)
      .map((row) => row.trim());
  const status = () => screen()[WINDOW] ?? "";
  return {
    ...view,
    onExit,
    screen,
    window,
    status,
    rerenderWith: (more: Partial<ArticleViewProps>) =>
      view.rerender(<ArticleView {...all} {...more} />),
  };
}

/** The window expected when `top` is the first line shown. */
function windowAt(top: number): string[] {
  return Array.from({ length: WINDOW }, (_, i) => text[top + i] ?? "");
}

const lastTop = text.length - WINDOW;

describe("ArticleView", () => {
  it("draws only the window, one row shorter than the terminal, and a status line", async () => {
    const view = await open();
    expect(view.screen()).toHaveLength(ROWS - 1);
    expect(view.window()).toEqual(windowAt(0));
    expect(view.window()[0]).toContain("The Harbour Bridge Reopens");
    expect(view.status()).toMatch(/The Harbour Bridge Reopens .* \d+% {2}\d+ min left {2}h help/);
  });

  it("centres the reading column", async () => {
    const view = await open();
    const margin = Math.floor((COLUMNS - width) / 2);
    const row = view.screen().find((line) => line.includes("lead")) ?? "";
    expect(row.length - row.trimStart().length).toBeGreaterThanOrEqual(margin - 1);
    expect(row.length).toBeLessThanOrEqual(COLUMNS);
  });

  it("scrolls by line, page and half page, and goes to the top and the end", async () => {
    const view = await open();
    await press(view.stdin, "j", "j", KEYS.down);
    expect(view.window()).toEqual(windowAt(3));
    await press(view.stdin, "k", KEYS.up);
    expect(view.window()).toEqual(windowAt(1));
    await press(view.stdin, " ");
    expect(view.window()).toEqual(windowAt(1 + WINDOW));
    await press(view.stdin, "b");
    expect(view.window()).toEqual(windowAt(1));
    await press(view.stdin, KEYS.pageDown, "f");
    expect(view.window()).toEqual(windowAt(1 + 2 * WINDOW));
    await press(view.stdin, KEYS.pageUp);
    expect(view.window()).toEqual(windowAt(1 + WINDOW));
    await press(view.stdin, "d");
    expect(view.window()).toEqual(windowAt(1 + WINDOW + WINDOW / 2));
    await press(view.stdin, "u", "u");
    expect(view.window()).toEqual(windowAt(1 + WINDOW + WINDOW / 2 - WINDOW));
    await press(view.stdin, "G");
    expect(view.window()).toEqual(windowAt(lastTop));
    expect(view.status()).toMatch(/100% {2}end/);
    await press(view.stdin, "j", " ");
    expect(view.window()).toEqual(windowAt(lastTop));
    await press(view.stdin, "g");
    expect(view.window()).toEqual(windowAt(0));
    await press(view.stdin, KEYS.end);
    expect(view.window()).toEqual(windowAt(lastTop));
    await press(view.stdin, KEYS.home, "k");
    expect(view.window()).toEqual(windowAt(0));
  });

  it("takes a run of keys that arrive together one by one", async () => {
    const view = await open();
    await press(view.stdin, "jjj");
    expect(view.window()).toEqual(windowAt(3));
  });

  it("searches forward and backward with a counter, highlighting matches", async () => {
    const view = await open();
    await press(view.stdin, "/");
    expect(view.status()).toMatch(/^ \/ /);
    await press(view.stdin, "z", "e", "p", "p", "e", "l", "i", "n");
    expect(view.status()).toMatch(/^ \/zeppelin /);
    await press(view.stdin, KEYS.enter);
    expect(view.status()).toMatch(/ 1\/3 /);
    // The current match's background (Ink writes each SGR parameter as its own sequence).
    expect(theme["current-match"]).toContain("103");
    expect(view.lastFrame()).toContain("\u001b[103m");
    await press(view.stdin, "n");
    expect(view.status()).toMatch(/ 2\/3 /);
    expect(view.window().join("\n")).toMatch(/s2p2[\s\S]*zeppelin/);
    await press(view.stdin, "n");
    expect(view.status()).toMatch(/ 3\/3 /);
    expect(view.window().join("\n")).toContain("s2p5");
    await press(view.stdin, "n");
    expect(view.status()).toMatch(/continued from the top {2}1\/3 /);
    await press(view.stdin, "N");
    expect(view.status()).toMatch(/ 3\/3 /);
    await press(view.stdin, "g", "?", "z", "e", "p", KEYS.enter);
    expect(view.status()).toMatch(/continued from the end {2}3\/3 /);
  });

  it("says when nothing matches, and cancels the prompt with Esc", async () => {
    const view = await open();
    await press(view.stdin, "/", "q", "x", "z", KEYS.enter);
    expect(view.status()).toContain("Pattern not found: qxz");
    expect(view.window()).toEqual(windowAt(0));
    await press(view.stdin, "/", "a", KEYS.escape);
    expect(view.status()).not.toContain("/a");
    await press(view.stdin, "n");
    expect(view.status()).toContain("Pattern not found: qxz");
  });

  it("jumps to the next and previous section with ] and [", async () => {
    const view = await open();
    await press(view.stdin, "]");
    expect(view.window()[0]).toContain(SECTIONS[0]);
    expect(view.status()).toMatch(new RegExp(`^ ${SECTIONS[0]}`));
    await press(view.stdin, "]", "]");
    expect(view.window()[0]).toContain(SECTIONS[2]);
    await press(view.stdin, "j", "[");
    expect(view.window()[0]).toContain(SECTIONS[2]);
    await press(view.stdin, "[");
    expect(view.window()[0]).toContain(SECTIONS[1]);
    await press(view.stdin, "[", "[");
    expect(view.window()).toEqual(windowAt(0));
  });

  it("opens the table of contents, moves in it and jumps to a section", async () => {
    const view = await open();
    await press(view.stdin, "t");
    expect(view.window()[0]).toBe("Contents");
    for (const title of SECTIONS) expect(view.window().join("\n")).toContain(title);
    expect(view.window().find((row) => row.startsWith("▸"))).toContain(SECTIONS[0]);
    await press(view.stdin, KEYS.down, "j", "k");
    expect(view.window().find((row) => row.startsWith("▸"))).toContain(SECTIONS[1]);
    await press(view.stdin, KEYS.enter);
    expect(view.window()[0]).toContain(SECTIONS[1]);
    await press(view.stdin, "t", KEYS.escape);
    expect(view.window()[0]).toContain(SECTIONS[1]);
  });

  it("shows help with h and F1, and closes it with Esc", async () => {
    const view = await open();
    await press(view.stdin, "h");
    expect(view.window()[0]).toBe("Keys");
    expect(view.window().join("\n")).toMatch(/\/ \?\s+search forward \/ backward/);
    await press(view.stdin, KEYS.escape);
    expect(view.window()).toEqual(windowAt(0));
    await press(view.stdin, KEYS.f1);
    expect(view.window()[0]).toBe("Keys");
    await press(view.stdin, "q");
    expect(view.window()).toEqual(windowAt(0));
    expect(view.onExit).not.toHaveBeenCalled();
  });

  it("quits with q, and tells Ctrl-C apart", async () => {
    const view = await open();
    await press(view.stdin, "]", "q");
    expect(view.onExit).toHaveBeenCalledTimes(1);
    const [how, anchor] = view.onExit.mock.calls[0] ?? [];
    expect(how).toBe("quit");
    expect(anchor?.block).toBe(1);
    const other = await open();
    await press(other.stdin, KEYS.ctrlC);
    expect(other.onExit).toHaveBeenCalledWith("interrupt", expect.anything());
  });

  it("starts at a saved position", async () => {
    const heading = article.body.findIndex((block) => block.type === "heading");
    const view = await open({ anchor: { block: heading, fraction: 0 } });
    expect(view.window()[0]).toContain(SECTIONS[0]);
  });

  it("reports the position as it changes", async () => {
    const onPosition = vi.fn();
    const view = await open({ onPosition });
    await press(view.stdin, "]");
    expect(onPosition).toHaveBeenLastCalledWith({ block: 1, fraction: 0 });
  });

  it("narrows and widens the column with - and +", async () => {
    const view = await open();
    const widest = () => Math.max(...view.window().map((row) => row.length));
    const before = widest();
    await press(view.stdin, "-", "-");
    expect(widest()).toBeLessThan(before);
    expect(widest()).toBeLessThanOrEqual(width - 8);
    await press(view.stdin, "+", "+");
    expect(widest()).toBe(before);
  });

  it("draws a new width from the screens at the reading position first, then the rest", async () => {
    const view = await open();
    await press(view.stdin, "]");
    const section = view.window()[0];
    const seen = view.frames.length;
    await press(view.stdin, "-");
    const [partial] = view.frames.slice(seen).map(plainRows);
    expect(partial?.[WINDOW]).toMatch(/…/);
    expect(partial?.[0]?.trim()).toBe(section);
    await vi.waitFor(() => expect(view.status()).toMatch(/\d+%/));
    expect(view.window()[0]).toBe(section);
  });

  it("stays on the same paragraph near the end when the width changes", async () => {
    const view = await open();
    await press(view.stdin, "G", "k", "k", "k");
    const paragraph = /s\dp\d/.exec(view.window()[0] ?? "")?.[0];
    expect(paragraph).toBeDefined();
    await press(view.stdin, "-");
    await vi.waitFor(() => expect(view.status()).toMatch(/\d+%/));
    expect(view.window().slice(0, 2).join(" ")).toContain(paragraph);
  });

  it("reflows on resize and stays on the same paragraph", async () => {
    const view = await open();
    await press(view.stdin, "]", "]", "j", "j", "j");
    const paragraph = /s2p\d/.exec(view.window().join(" "))?.[0];
    view.rerenderWith({ columns: 50, rows: 16 });
    await settle();
    expect(view.screen()).toHaveLength(15);
    expect(Math.max(...view.screen().map((row) => row.length))).toBeLessThanOrEqual(50);
    expect(view.window().slice(0, 3).join(" ")).toContain(paragraph);
  });

  it("draws the first screens from a progressive layout, then the whole article", async () => {
    const { first, rest } = layoutArticleProgressively(
      article,
      { width, hyperlinks: false },
      { lines: 12 },
    );
    expect(first.complete).toBe(false);
    const view = render(
      <ArticleView
        article={article}
        columns={COLUMNS}
        rows={ROWS}
        preferredWidth={72}
        hyperlinks={false}
        theme={theme}
        onExit={() => {}}
        initial={{ layout: first, rest }}
      />,
    );
    cleanup = view.unmount;
    expect(
      plainRows(view.lastFrame())
        .slice(0, WINDOW)
        .map((row) => row.trim()),
    ).toEqual(windowAt(0));
    expect(plainRows(view.lastFrame())[WINDOW]).toMatch(/…/);
    await settle();
    expect(plainRows(view.lastFrame())[WINDOW]).toMatch(/\d+%/);
    await press(view.stdin, "G");
    expect(
      plainRows(view.lastFrame())
        .slice(0, WINDOW)
        .map((row) => row.trim()),
    ).toEqual(windowAt(lastTop));
  });
});
