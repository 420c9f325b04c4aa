import type { Article } from "@broadsheet/article";
import { Box, useInput, useStdin } from "ink";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { type ArticleCommand, articleCommand } from "../app/article-keys.js";
import { type StartLayout, startLayout, startState } from "../app/article-start.js";
import { drawWindow } from "../app/draw-window.js";
import { isF1, type KeyName, keyNames } from "../app/key-name.js";
import type { Profiler } from "../app/profiler.js";
import { type ReaderState, reduceReader, sameReaderState } from "../app/reader-state.js";
import { statusLineText } from "../app/status-line-text.js";
import type { Theme } from "../app/themes.js";
import { anchorAt } from "../layout/anchor-at.js";
import { centreMargin } from "../layout/centre-margin.js";
import { columnWidth, MIN_COLUMN_WIDTH } from "../layout/column-width.js";
import { layoutArticle } from "../layout/layout-article.js";
import type { Layout, ReadingAnchor } from "../layout/layout-types.js";
import { readingMinutes } from "../layout/reading-minutes.js";
import { HelpOverlay } from "./HelpOverlay.js";
import { StatusLine } from "./StatusLine.js";
import { TextWindow } from "./TextWindow.js";
import { TocOverlay } from "./TocOverlay.js";

/** The block number of the footer's lines (after the last block: laid out only with the rest). */
const FOOTER_BLOCK = -2;

/** How the `+` and `-` keys change the column width, and the widest they ask for. */
const WIDTH_STEP = 4;
const MAX_WIDTH = 400;

/** How the reader leaves an article: `q`, or Ctrl-C. */
export type ArticleExit = "quit" | "interrupt";

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  article: Article;
  /** The terminal's size; the view uses all but the last row. */
  columns: number;
  rows: number;
  /** The column width asked for (`--width`, default 72); `+`/`-` change it. */
  preferredWidth: number;
  hyperlinks: boolean;
  theme: Theme;
  /**
   * A layout to start from, for the current width: maybe only the first screens of a progressive
   * layout (`layout.complete === false`), whose `rest()` is then called right after the first
   * frame. Without it the view lays the article out itself, the same way.
   */
  initial?: { layout: Layout; rest?: (() => Layout) | undefined } | undefined;
  /** The article's reading time in minutes, when already known (it is counted otherwise). */
  minutes?: number | undefined;
  /** Where to start reading (a saved position). */
  anchor?: ReadingAnchor | undefined;
  onExit: (how: ArticleExit, anchor: ReadingAnchor) => void;
  /** Told the reading position whenever it changes, for saving it on the way out. */
  onPosition?: ((anchor: ReadingAnchor) => void) | undefined;
  profiler?: Profiler | undefined;
}

/**
 * The article reader. The article is laid out once per column width into lines (pure code,
 * outside Ink); the view draws only the lines that fit the window, one row shorter than the
 * terminal with the status line, so Ink never handles more than a screenful whatever the
 * article's length. Width changes (resize, `+`/`-`) lay the article out again and keep the
 * reader on the same paragraph through a reading anchor.
 */
export function ArticleView(props: ArticleViewProps) {
  const { article, columns, rows, hyperlinks, theme, profiler } = props;
  const [preferred, setPreferred] = useState(props.preferredWidth);
  const width = columnWidth(columns, preferred);
  const window = Math.max(1, rows - 2);
  const [minutes] = useState(() => props.minutes ?? readingMinutes(article));
  // The first screens now, the rest of the article after the first frame (progressive layout).
  const [initial] = useState(
    () =>
      props.initial ??
      startLayout(article, { width, window, hyperlinks, minutes, anchor: props.anchor }),
  );
  const [state, setState] = useState<ReaderState>(() => startState(initial, window, props.anchor));
  // The progressive layout being completed: the first one, then the one of each new width.
  const progressive = useRef<StartLayout>(initial);

  // Derived from props: a new width or height takes effect in this same render, laid out (like
  // the first screen) through the screens at the reading position; the rest follows the frame.
  let current = state;
  if (current.layout.width !== width) {
    const anchor = anchorAt(current.layout, current.top);
    const next: StartLayout =
      anchor.block === FOOTER_BLOCK
        ? { layout: layoutArticle(article, { width, hyperlinks, readingMinutes: minutes }) }
        : startLayout(article, { width, window, hyperlinks, minutes, anchor });
    progressive.current = next;
    current = reduceReader(current, {
      type: "layout",
      layout: next.layout,
      complete: next.layout.complete !== false,
    });
  }
  if (current.window !== window) current = reduceReader(current, { type: "resize", window });
  if (current !== state) setState(current);

  const stateRef = useRef(current);
  stateRef.current = current;

  // The rest of a progressive layout: right after the first frame, or at the first key if that
  // comes sooner (a key may need the whole article: a section further down, a search, the end).
  const completed = (partial: ReaderState): ReaderState => {
    if (partial.complete) return partial;
    const { layout: first, rest } = progressive.current;
    const layout =
      rest && partial.layout === first
        ? rest()
        : layoutArticle(article, {
            width: partial.layout.width,
            hyperlinks,
            readingMinutes: minutes,
          });
    return reduceReader(partial, { type: "layout", layout, complete: true });
  };
  const completedRef = useRef(completed);
  completedRef.current = completed;
  useEffect(() => {
    if (current.complete) return;
    const partial = current.layout;
    const handle = setImmediate(() =>
      setState((old) => (old.layout === partial ? completedRef.current(old) : old)),
    );
    return () => clearImmediate(handle);
  }, [current.complete, current.layout]);

  const { onPosition } = props;
  useEffect(() => {
    onPosition?.(anchorAt(current.layout, current.top));
  }, [onPosition, current.layout, current.top]);

  const handleKeys = (keys: readonly KeyName[]) => {
    const before = stateRef.current;
    let next = completed(before);
    let widthStep = 0;
    for (const key of keys) {
      const command: ArticleCommand | undefined = articleCommand(next, key);
      if (!command) continue;
      if (command.type === "quit" || command.type === "interrupt") {
        stateRef.current = next;
        setState(next);
        props.onExit(command.type, anchorAt(next.layout, next.top));
        return;
      }
      if (command.type === "width") widthStep += command.step;
      else next = reduceReader(next, command);
    }
    const widthBefore = columnWidth(columns, preferred);
    const widthAfter = Math.min(
      MAX_WIDTH,
      Math.max(MIN_COLUMN_WIDTH, widthBefore + widthStep * WIDTH_STEP),
    );
    if (sameReaderState(next, before) && columnWidth(columns, widthAfter) === widthBefore) {
      profiler?.unchanged();
      return;
    }
    if (widthStep !== 0) setPreferred(widthAfter);
    stateRef.current = next;
    setState(next);
  };

  useInput((input, key) => {
    const names = keyNames(input, key);
    profiler?.keypress(names.join(" "));
    handleKeys(names);
  });

  // F1 reaches useInput as an empty, flagless key: recognise its raw sequence instead.
  const { internal_eventEmitter: inputEvents } = useStdin();
  const handleKeysRef = useRef(handleKeys);
  handleKeysRef.current = handleKeys;
  useEffect(() => {
    const onInput = (data: string) => {
      if (isF1(data)) handleKeysRef.current(["f1"]);
    };
    inputEvents?.on("input", onInput);
    return () => {
      inputEvents?.off("input", onInput);
    };
  }, [inputEvents]);

  const margin = centreMargin(columns, current.layout.width);
  const lines = useMemo(
    () => drawWindow(current, { theme, hyperlinks }),
    [current, theme, hyperlinks],
  );
  const status = statusLineText(current, { headline: article.headline, minutes });

  let body: ReactNode;
  if (current.overlay === "toc") {
    body = (
      <TocOverlay
        sections={current.layout.sections}
        cursor={current.tocCursor}
        height={window}
        width={current.layout.width}
        margin={margin}
        theme={theme}
      />
    );
  } else if (current.overlay === "help") {
    body = (
      <HelpOverlay height={window} width={current.layout.width} margin={margin} theme={theme} />
    );
  } else {
    body = <TextWindow lines={lines} margin={margin} />;
  }
  return (
    <Box flexDirection="column">
      {body}
      <StatusLine left={status.left} right={status.right} columns={columns} theme={theme} />
    </Box>
  );
}
