import type { Article } from "@broadsheet/article";
import { layoutArticleProgressively } from "../layout/layout-article-progressively.js";
import type { Layout, ReadingAnchor } from "../layout/layout-types.js";
import { lineForAnchor } from "../layout/line-for-anchor.js";
import { initialReaderState, type ReaderState } from "./reader-state.js";

/** A layout to start reading from: maybe only the first screens, with the rest to come. */
export interface StartLayout {
  layout: Layout;
  rest?: (() => Layout) | undefined;
}

/** What the first screens of an article are laid out for. */
export interface StartOptions {
  width: number;
  /** Rows of text in the reading window. */
  window: number;
  hyperlinks: boolean;
  minutes: number;
  /** A saved reading position to open at. */
  anchor?: ReadingAnchor | undefined;
}

/**
 * The article laid out progressively for its first screens: twice the window from the top, or
 * from the saved position's block when resuming. The rest is laid out when `rest()` is called.
 */
export function startLayout(article: Article, options: StartOptions): StartLayout {
  const { anchor } = options;
  const block = anchor && anchor.block >= 0 ? { block: anchor.block } : {};
  const { first, rest } = layoutArticleProgressively(
    article,
    { width: options.width, hyperlinks: options.hyperlinks, readingMinutes: options.minutes },
    { lines: options.window * 2, ...block },
  );
  return { layout: first, rest };
}

/** The reader's state on opening `start`: at the saved position, or at the top. */
export function startState(
  start: StartLayout,
  window: number,
  anchor: ReadingAnchor | undefined,
): ReaderState {
  const layout = start.layout;
  const top = anchor ? lineForAnchor(layout, anchor) : 0;
  return initialReaderState(layout, { complete: layout.complete !== false, window, top });
}
