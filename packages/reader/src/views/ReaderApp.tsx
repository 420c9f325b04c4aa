import type { Article } from "@broadsheet/article";
import { useApp } from "ink";
import { useCallback, useState } from "react";
import type { StartLayout } from "../app/article-start.js";
import type { LibrarySource } from "../app/library-source.js";
import type { Profiler } from "../app/profiler.js";
import type { Theme } from "../app/themes.js";
import { useTerminalSize } from "../app/use-terminal-size.js";
import type { ReadingAnchor } from "../layout/layout-types.js";
import { type ArticleExit, ArticleView } from "./ArticleView.js";
import { type LibraryState, LibraryView } from "./LibraryView.js";

/** Where reading positions come from and go to (the resume store, or nothing with --no-resume). */
export interface Positions {
  load(article: Article): ReadingAnchor | undefined;
  /** Called on every move, so the position can be saved however the reader ends. */
  update(article: Article, anchor: ReadingAnchor): void;
  /** Called when the reader leaves an article. */
  save(article: Article, anchor: ReadingAnchor): void;
}

/**
 * What the reader opens with: one article (maybe with its first screens already laid out, its
 * reading time and where to open it), or the library.
 */
export type ReaderStart =
  | {
      kind: "article";
      article: Article;
      initial?: StartLayout | undefined;
      minutes?: number | undefined;
      anchor?: ReadingAnchor | undefined;
    }
  | { kind: "library"; library: LibrarySource; source: string; notes: readonly string[] };

/** Props of {@link ReaderApp}. */
export interface ReaderAppProps {
  start: ReaderStart;
  preferredWidth: number;
  hyperlinks: boolean;
  theme: Theme;
  positions: Positions;
  /** Told how the reader ended, just before it exits. */
  onDone: (how: ArticleExit) => void;
  profiler?: Profiler | undefined;
  /** The terminal size; by default Ink's stdout's, following resizes. */
  size?: { columns: number; rows: number } | undefined;
}

/**
 * The terminal reader: the library or an article. An article opened from the library goes back
 * to it on `q`, with the filter and choice as they were; otherwise `q` quits.
 */
export function ReaderApp(props: ReaderAppProps) {
  const { start, positions, onDone } = props;
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const { columns, rows } = props.size ?? terminal;
  const [open, setOpen] = useState<
    { article: Article; anchor: ReadingAnchor | undefined } | undefined
  >(() =>
    start.kind === "article"
      ? { article: start.article, anchor: start.anchor ?? positions.load(start.article) }
      : undefined,
  );
  const [library, setLibrary] = useState<LibraryState>({ filter: "", selected: 0 });
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const finish = useCallback(
    (how: ArticleExit) => {
      onDone(how);
      exit();
    },
    [onDone, exit],
  );

  const article = open?.article;
  const onPosition = useCallback(
    (anchor: ReadingAnchor) => {
      if (article) positions.update(article, anchor);
    },
    [article, positions],
  );

  if (open) {
    const first = start.kind === "article" && open.article === start.article ? start : undefined;
    return (
      <ArticleView
        key={open.article.id}
        article={open.article}
        columns={columns}
        rows={rows}
        preferredWidth={props.preferredWidth}
        hyperlinks={props.hyperlinks}
        theme={props.theme}
        anchor={open.anchor}
        initial={first?.initial}
        minutes={first?.minutes}
        profiler={props.profiler}
        onPosition={onPosition}
        onExit={(how, anchor) => {
          positions.save(open.article, anchor);
          if (how === "quit" && start.kind === "library") setOpen(undefined);
          else finish(how);
        }}
      />
    );
  }
  if (start.kind !== "library") return null;
  return (
    <LibraryView
      library={start.library}
      source={start.source}
      notes={notice === undefined ? start.notes : [notice, ...start.notes]}
      state={library}
      onChange={(state) => {
        setNotice(undefined);
        setLibrary(state);
      }}
      onOpen={(entry) => {
        void Promise.resolve(start.library.open(entry)).then(
          (opened) => {
            if (!opened.ok) return setNotice(opened.message);
            setNotice(undefined);
            setOpen({ article: opened.article, anchor: positions.load(opened.article) });
          },
          (error: unknown) => setNotice(error instanceof Error ? error.message : String(error)),
        );
      }}
      onQuit={finish}
      columns={columns}
      rows={rows}
      theme={props.theme}
      profiler={props.profiler}
    />
  );
}
