import { writeSync } from "node:fs";
import type { Article } from "@broadsheet/article";
import { columnWidth } from "../layout/column-width.js";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { readingMinutes } from "../layout/reading-minutes.js";
import { oneLine } from "../sanitize/one-line.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { type StartLayout, startLayout, startState } from "./article-start.js";
import { colorEnabled } from "./color-enabled.js";
import { firstFrame } from "./first-frame.js";
import { Profiler } from "./profiler.js";
import { DEFAULT_COLUMN_WIDTH, type ReaderOptions } from "./reader-options.js";
import { ResumeStore } from "./resume-store.js";
import { supportsHyperlinks } from "./supports-hyperlinks.js";
import { type TerminalScreen, takeOverScreen } from "./terminal-screen.js";
import { resolveTheme, type Theme } from "./themes.js";

/** An article whose first screen is already on the terminal. */
export interface ShownArticle {
  article: Article;
  anchor: ReadingAnchor | undefined;
  initial: StartLayout;
  minutes: number;
}

/** The terminal, taken over for reading, and what the reader was set up with. */
export interface ReaderScreen {
  screen: TerminalScreen;
  /** Sets what runs first when the terminal is given back (save the position, unmount Ink). */
  beforeRestore(run: () => void): void;
  profiler: Profiler;
  theme: Theme;
  hyperlinks: boolean;
  preferredWidth: number;
  store: ResumeStore | undefined;
  /** The article drawn on the screen, when the reader opens one. */
  shown: ShownArticle | undefined;
}

function writeNow(stream: NodeJS.WriteStream, text: string): void {
  const fd = (stream as NodeJS.WriteStream & { fd?: number }).fd;
  if (typeof fd === "number") writeSync(fd, text);
  else stream.write(text);
}

function showArticle(
  article: Article,
  options: ReaderOptions,
  opened: Omit<ReaderScreen, "screen" | "beforeRestore" | "shown">,
): ShownArticle {
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
 * The reading positions, read before the terminal is taken over; a positions file that cannot be
 * used is named in one warning on stderr, which stays on the normal screen under the reader.
 */
function openStore(options: ReaderOptions): ResumeStore | undefined {
  if (!options.resume) return undefined;
  const store = new ResumeStore(options.env);
  if (store.problem) {
    const line = `broadsheet: warning: ${store.file}: ${store.problem}`;
    writeNow(options.stderr, `${oneLine(sanitizeForTerminal(line))}\n`);
  }
  return store;
}

/**
 * Takes over the terminal for the reader (see {@link takeOverScreen}) and sets raw input, so
 * that keys typed from now on wait for the reader instead of showing on the screen. When the
 * reader opens an article, its first screen is laid out and drawn at once, without Ink, which
 * loads meanwhile and then draws the same rows over it.
 */
export function openReaderScreen(options: ReaderOptions): ReaderScreen {
  const { env, stdin, stdout, source } = options;
  const opened = {
    profiler: new Profiler(env.BROADSHEET_PROFILE_FILE || undefined),
    theme: resolveTheme(options.theme, env, colorEnabled(env, true)),
    hyperlinks: supportsHyperlinks(env),
    preferredWidth: options.width ?? DEFAULT_COLUMN_WIDTH,
    store: openStore(options),
  };
  let beforeRestore = () => {};
  const screen = takeOverScreen({ stdout, stdin }, () => beforeRestore());
  if (stdin.isTTY) stdin.setRawMode(true);
  const shown =
    source.kind === "article" ? showArticle(source.article, options, opened) : undefined;
  return {
    ...opened,
    screen,
    beforeRestore(run) {
      beforeRestore = run;
    },
    shown,
  };
}
