import type { Article } from "@broadsheet/article";
import type { LoadedArticle } from "@broadsheet/content";
import { render } from "ink";
import type { ReadingAnchor } from "../layout-types.js";
import type { ArticleExit } from "../views/ArticleView.js";
import { type Positions, ReaderApp, type ReaderStart } from "../views/ReaderApp.js";
import { colorEnabled } from "./color-enabled.js";
import { libraryEntries } from "./library-entries.js";
import { Profiler } from "./profiler.js";
import { ResumeStore } from "./resume-store.js";
import { supportsHyperlinks } from "./supports-hyperlinks.js";
import { takeOverScreen } from "./terminal-screen.js";
import { resolveTheme, type ThemeName } from "./themes.js";

/** The column width asked for when `--width` is not given. */
export const DEFAULT_COLUMN_WIDTH = 72;

/** What `broadsheet read` opens in a terminal. */
export type ReaderSource =
  | { kind: "article"; article: Article }
  | {
      kind: "library";
      articles: readonly LoadedArticle[];
      source: string;
      notes: readonly string[];
    };

/** Options of {@link runReader}. */
export interface ReaderOptions {
  source: ReaderSource;
  width?: number | undefined;
  theme: ThemeName;
  resume: boolean;
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** The exit status for how the reader ended: Ctrl-C is an interrupt, as for a shell (128 + 2). */
function exitStatus(how: ArticleExit): number {
  return how === "interrupt" ? 130 : 0;
}

/**
 * Runs the interactive reader in the terminal until the reader quits, and returns the exit
 * status. The terminal is taken over (alternate screen, hidden cursor, raw input) and always
 * given back, also on signals and crashes; the reading position of the open article is saved
 * however the reader ends, unless `resume` is off.
 */
export async function runReader(options: ReaderOptions): Promise<number> {
  const { env, stdin, stdout, stderr } = options;
  const profiler = new Profiler(env.BROADSHEET_PROFILE_FILE || undefined);
  const theme = resolveTheme(options.theme, env, colorEnabled(env, true));
  const hyperlinks = supportsHyperlinks(env);
  const preferredWidth = options.width ?? DEFAULT_COLUMN_WIDTH;
  const store = options.resume ? new ResumeStore(env) : undefined;

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

  const start: ReaderStart =
    options.source.kind === "article"
      ? { kind: "article", article: options.source.article }
      : {
          kind: "library",
          entries: libraryEntries(options.source.articles),
          source: options.source.source,
          notes: options.source.notes,
        };

  let how: ArticleExit = "quit";
  let instance: ReturnType<typeof render> | undefined;
  const screen = takeOverScreen({ stdout, stdin }, () => {
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
        start={start}
        preferredWidth={preferredWidth}
        hyperlinks={hyperlinks}
        theme={theme}
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
