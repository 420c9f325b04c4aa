import type { Article } from "@broadsheet/article";
import { render } from "ink";
import type { ReadingAnchor } from "../layout/layout-types.js";
import type { ArticleExit } from "../views/ArticleView.js";
import { type Positions, ReaderApp, type ReaderStart } from "../views/ReaderApp.js";
import { openReaderScreen, type ReaderScreen } from "./open-reader-screen.js";
import type { ReaderOptions } from "./reader-options.js";

export { DEFAULT_COLUMN_WIDTH, type ReaderOptions, type ReaderSource } from "./reader-options.js";

/** The exit status for how the reader ended: Ctrl-C is an interrupt, as for a shell (128 + 2). */
function exitStatus(how: ArticleExit): number {
  return how === "interrupt" ? 130 : 0;
}

function readerStart(options: ReaderOptions, opened: ReaderScreen): ReaderStart {
  if (options.source.kind === "article") {
    const shown = opened.shown;
    return shown
      ? { kind: "article", ...shown }
      : { kind: "article", article: options.source.article };
  }
  return {
    kind: "library",
    library: options.source.library,
    source: options.source.source,
    notes: options.source.notes,
  };
}

/**
 * Runs the interactive reader in the terminal until the reader quits, and returns the exit
 * status. The terminal is taken over (alternate screen, hidden cursor, raw input) and always
 * given back, also on signals and crashes; the reading position of the open article is saved
 * however the reader ends, unless `resume` is off. `opened` is the terminal already taken over
 * by {@link openReaderScreen} (which may have drawn the article's first screen); by default it
 * is taken over here.
 */
export async function runReader(
  options: ReaderOptions,
  opened: ReaderScreen = openReaderScreen(options),
): Promise<number> {
  const { stdin, stdout, stderr } = options;
  const { profiler, store, screen } = opened;

  let reading: { article: Article; anchor: ReadingAnchor } | undefined;
  const positions: Positions = {
    load: (article) => store?.load(article.id),
    update: (article, anchor) => {
      reading = { article, anchor };
    },
    save: (article, anchor) => {
      store?.save(article.id, anchor);
      reading = undefined;
    },
  };
  const saveReading = () => {
    if (reading) positions.save(reading.article, reading.anchor);
  };

  let how: ArticleExit = "quit";
  let instance: ReturnType<typeof render> | undefined;
  opened.beforeRestore(() => {
    saveReading();
    instance?.unmount();
  });
  // A resized terminal may have moved or kept old rows: start the next frame on a clean screen
  // (this listener runs before Ink's, which redraws).
  const onResize = () => stdout.write("\u001b[H\u001b[2J");
  stdout.on("resize", onResize);
  try {
    instance = render(
      <ReaderApp
        start={readerStart(options, opened)}
        preferredWidth={opened.preferredWidth}
        hyperlinks={opened.hyperlinks}
        theme={opened.theme}
        positions={positions}
        profiler={profiler.enabled ? profiler : undefined}
        onDone={(ended) => {
          how = ended;
        }}
      />,
      {
        stdout,
        stdin,
        stderr,
        exitOnCtrlC: false,
        patchConsole: false,
        // Every keypress is drawn at once: the window is small, and the benchmark times it.
        maxFps: 0,
        onRender: profiler.frame,
      },
    );
    await instance.waitUntilExit();
  } finally {
    stdout.off("resize", onResize);
    screen.release();
  }
  return exitStatus(how);
}
