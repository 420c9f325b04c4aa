import { libraryFirstFrame } from "./library-first-frame.js";
import type { ReaderOptions, ReaderSource } from "./reader-options.js";
import { type ReaderScreen, takeOverReaderScreen, writeNow } from "./take-over-reader-screen.js";

/** Draws the library's first screen on a terminal taken over for the reader. */
export function showLibrary(
  source: Extract<ReaderSource, { kind: "library" }>,
  options: ReaderOptions,
  opened: ReaderScreen,
): void {
  const { stdout } = options;
  const frame = libraryFirstFrame(source.library, {
    source: source.source,
    notes: source.notes,
    columns: stdout.columns || 80,
    rows: stdout.rows || 24,
    theme: opened.theme,
  });
  writeNow(stdout, `${frame}\u001b[H`);
  opened.profiler.screenShown();
}

/**
 * Takes over the terminal for the reader and draws the library's first screen at once, asked
 * of its source, without Ink (which loads meanwhile, then draws the same rows over it) and
 * without the article layout's code, which the library does not need until an article opens.
 */
export function openLibraryScreen(
  options: ReaderOptions & { source: Extract<ReaderSource, { kind: "library" }> },
): ReaderScreen {
  const opened = takeOverReaderScreen(options);
  showLibrary(options.source, options, opened);
  return opened;
}
