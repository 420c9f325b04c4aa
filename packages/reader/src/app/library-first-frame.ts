import { libraryScreen, visibleEntries } from "./library-screen.js";
import type { LibrarySource } from "./library-source.js";
import type { Theme } from "./themes.js";

/** What {@link libraryFirstFrame} draws with. */
export interface LibraryFrameOptions {
  source: string;
  notes: readonly string[];
  columns: number;
  rows: number;
  theme: Theme;
}

/**
 * The library view's opening screen (nothing typed, the newest article chosen) as the text to
 * write at the top left of a cleared terminal: the same rows the Ink view draws, asked of the
 * library as it asks (the count, one page and how many are unread), without Ink. It lets the reader show the library
 * before Ink has loaded.
 */
export function libraryFirstFrame(library: LibrarySource, options: LibraryFrameOptions): string {
  const total = library.count("");
  const screen = libraryScreen({
    ...options,
    filter: "",
    search: undefined,
    selected: 0,
    first: 0,
    total,
    count: total,
    shown: library.page("", 0, visibleEntries(options.rows, false)),
    unread: library.unreadCount?.(),
  });
  return [screen.title, screen.prompt, ...screen.list, screen.status].join("\r\n");
}
