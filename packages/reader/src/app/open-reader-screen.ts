import type { Article } from "@broadsheet/article";
import { columnWidth } from "../layout/column-width.js";
import { readingMinutes } from "../layout/reading-minutes.js";
import { startLayout, startState } from "./article-start.js";
import { firstFrame } from "./first-frame.js";
import { showLibrary } from "./open-library-screen.js";
import type { ReaderOptions } from "./reader-options.js";
import {
  type ReaderScreen,
  type ShownArticle,
  takeOverReaderScreen,
  writeNow,
} from "./take-over-reader-screen.js";

export type { ReaderScreen, ShownArticle } from "./take-over-reader-screen.js";

function showArticle(article: Article, options: ReaderOptions, opened: ReaderScreen): ShownArticle {
  const { stdout } = options;
  const columns = stdout.columns || 80;
  const window = Math.max(1, (stdout.rows || 24) - 2);
  const width = columnWidth(columns, opened.preferredWidth);
  const anchor = opened.store?.load(article.id);
  const minutes = readingMinutes(article);
  const { hyperlinks, theme } = opened;
  const initial = startLayout(article, { width, window, hyperlinks, minutes, anchor });
  const state = startState(initial, window, anchor);
  const frame = firstFrame(state, {
    columns,
    theme,
    hyperlinks,
    headline: article.headline,
    minutes,
  });
  writeNow(stdout, `${frame}\u001b[H`);
  opened.profiler.screenShown();
  return { article, anchor, initial, minutes };
}

/**
 * Takes over the terminal for the reader (see {@link takeOverReaderScreen}) and draws its
 * first screen at once, without Ink, which loads meanwhile and then draws the same rows over
 * it: the article's first screen laid out, or the library's (see `openLibraryScreen`, which
 * draws it without loading the article's layout).
 */
export function openReaderScreen(options: ReaderOptions): ReaderScreen {
  const opened = takeOverReaderScreen(options);
  const { source } = options;
  if (source.kind === "library") showLibrary(source, options, opened);
  else opened.shown = showArticle(source.article, options, opened);
  return opened;
}
