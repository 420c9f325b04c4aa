import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { columnWidth } from "../layout/column-width.js";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { readingMinutes } from "../layout/reading-minutes.js";
import { ArticleView } from "../views/ArticleView.js";
import { longArticle, plainRows } from "../views/test-views.js";
import { startLayout, startState } from "./article-start.js";
import { firstFrame } from "./first-frame.js";
import { resolveTheme } from "./themes.js";

const article = longArticle();
const theme = resolveTheme("dark", {}, true);
const minutes = readingMinutes(article);

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** The first frame Ink draws of the article view, and the one drawn without Ink. */
function bothFrames(columns: number, rows: number, anchor?: ReadingAnchor) {
  const width = columnWidth(columns, 72);
  const window = rows - 2;
  const initial = startLayout(article, { width, window, hyperlinks: false, minutes, anchor });
  const drawn = firstFrame(startState(initial, window, anchor), {
    columns,
    theme,
    hyperlinks: false,
    headline: article.headline,
    minutes,
  });
  const view = render(
    <ArticleView
      article={article}
      columns={columns}
      rows={rows}
      preferredWidth={72}
      hyperlinks={false}
      theme={theme}
      anchor={anchor}
      onExit={() => {}}
    />,
  );
  cleanup = view.unmount;
  return { ink: plainRows(view.frames[0]), drawn: plainRows(drawn.replace(/\r\n/g, "\n")) };
}

describe("firstFrame", () => {
  it("draws the rows the article view draws first, status line included", () => {
    const { ink, drawn } = bothFrames(100, 12);
    expect(drawn).toHaveLength(11);
    expect(drawn[10]).toMatch(/The Harbour Bridge Reopens .*…/);
    expect(drawn).toEqual(ink);
  });

  it("opens at a saved position as the view does, in a narrow terminal", () => {
    const { ink, drawn } = bothFrames(50, 9, { block: 9, fraction: 0.5 });
    expect(drawn.join("\n")).toMatch(/s2p1/);
    expect(drawn).toEqual(ink);
  });
});
