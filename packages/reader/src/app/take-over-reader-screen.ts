import { writeSync } from "node:fs";
import type { Article } from "@broadsheet/article";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { oneLine } from "../sanitize/one-line.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import type { StartLayout } from "./article-start.js";
import { colorEnabled } from "./color-enabled.js";
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

/** Writes to a terminal at once (synchronously), so that it shows before anything else runs. */
export function writeNow(stream: NodeJS.WriteStream, text: string): void {
  const fd = (stream as NodeJS.WriteStream & { fd?: number }).fd;
  if (typeof fd === "number") writeSync(fd, text);
  else stream.write(text);
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
 * that keys typed from now on wait for the reader instead of showing on the screen; nothing is
 * drawn yet.
 */
export function takeOverReaderScreen(options: ReaderOptions): ReaderScreen {
  const { env, stdin, stdout } = options;
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
  return {
    ...opened,
    screen,
    beforeRestore(run) {
      beforeRestore = run;
    },
    shown: undefined,
  };
}
