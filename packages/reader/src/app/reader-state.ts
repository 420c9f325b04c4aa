import { assertNever } from "@broadsheet/article";
import { anchorAt } from "../layout/anchor-at.js";
import type { Layout } from "../layout/layout-types.js";
import { lineForAnchor } from "../layout/line-for-anchor.js";
import { withoutLastCluster } from "../measure/without-last-cluster.js";
import { searchLayout } from "../search/search-layout.js";

/** `/` searches forward, `?` backward. */
export type SearchDirection = "forward" | "backward";

/** One search match: a line of the layout and offsets into its text. */
export interface Match {
  line: number;
  start: number;
  end: number;
}

/** The last search: its query, direction, every match and the one the reader is on (-1: none). */
export interface Search {
  query: string;
  direction: SearchDirection;
  matches: readonly Match[];
  current: number;
}

/** What covers the text: nothing, the table of contents, or the help. */
export type Overlay = "none" | "toc" | "help";

/**
 * The article view's state. The layout is the article laid out for the current column width
 * (maybe only its first screens while the rest is laid out: `complete` is false); `window` is
 * how many lines of it fit on screen, and `top` the first one shown.
 */
export interface ReaderState {
  layout: Layout;
  complete: boolean;
  window: number;
  top: number;
  overlay: Overlay;
  tocCursor: number;
  /** The search prompt while it is open: what has been typed. */
  prompt: { direction: SearchDirection; text: string } | undefined;
  search: Search | undefined;
  /** A one-off note for the status line ("Pattern not found"), cleared by the next key. */
  message: string | undefined;
}

/** Everything the article view can be asked to do. */
export type ReaderAction =
  | { type: "scroll"; lines: number }
  | { type: "page"; pages: number }
  | { type: "home" }
  | { type: "end" }
  | { type: "section"; step: 1 | -1 }
  | { type: "prompt-open"; direction: SearchDirection }
  | { type: "prompt-type"; text: string }
  | { type: "prompt-erase" }
  | { type: "prompt-submit" }
  | { type: "prompt-cancel" }
  | { type: "search-again"; reverse: boolean }
  | { type: "toc-open" }
  | { type: "toc-move"; step: number }
  | { type: "toc-jump" }
  | { type: "help" }
  | { type: "close-overlay" }
  | { type: "layout"; layout: Layout; complete: boolean }
  | { type: "resize"; window: number };

/** Lines of context kept above a search match or section that the view jumps to. */
const CONTEXT = 2;

/** The initial state: at `top` (clamped), nothing open. */
export function initialReaderState(
  layout: Layout,
  options: { complete: boolean; window: number; top?: number },
): ReaderState {
  const state: ReaderState = {
    layout,
    complete: options.complete,
    window: Math.max(1, options.window),
    top: 0,
    overlay: "none",
    tocCursor: 0,
    prompt: undefined,
    search: undefined,
    message: undefined,
  };
  return { ...state, top: clampTop(state, options.top ?? 0) };
}

/** Whether two states show the same thing (a key that changed nothing need not be drawn). */
export function sameReaderState(a: ReaderState, b: ReaderState): boolean {
  return (
    a === b ||
    (a.layout === b.layout &&
      a.complete === b.complete &&
      a.window === b.window &&
      a.top === b.top &&
      a.overlay === b.overlay &&
      a.tocCursor === b.tocCursor &&
      a.prompt?.direction === b.prompt?.direction &&
      a.prompt?.text === b.prompt?.text &&
      a.search === b.search &&
      a.message === b.message)
  );
}

/** The largest `top`: the last line at the bottom of the window. */
export function maxTop(state: Pick<ReaderState, "layout" | "window">): number {
  return Math.max(0, state.layout.lines.length - state.window);
}

function clampTop(state: Pick<ReaderState, "layout" | "window">, top: number): number {
  return Math.min(Math.max(0, Math.round(top)), maxTop(state));
}

function isVisible(state: ReaderState, line: number): boolean {
  return line >= state.top && line < state.top + state.window;
}

/** Brings a line into view, near the top with a little context, unless it is already shown. */
function reveal(state: ReaderState, line: number): number {
  return isVisible(state, line) ? state.top : clampTop(state, line - CONTEXT);
}

/** The index of the section the reader is in: the last one starting at or above the top line. */
export function currentSection(state: Pick<ReaderState, "layout" | "top">): number {
  let index = -1;
  state.layout.sections.forEach((section, i) => {
    if (section.line <= state.top) index = i;
  });
  return index;
}

function findMatch(
  state: ReaderState,
  search: Search,
  direction: SearchDirection,
  fresh: boolean,
): { index: number; wrapped: boolean } {
  const { matches } = search;
  const current = search.current >= 0 ? matches[search.current] : undefined;
  if (!fresh && current && isVisible(state, current.line)) {
    const index = search.current + (direction === "forward" ? 1 : -1);
    if (index >= matches.length) return { index: 0, wrapped: true };
    if (index < 0) return { index: matches.length - 1, wrapped: true };
    return { index, wrapped: false };
  }
  if (direction === "forward") {
    const index = matches.findIndex((match) => match.line >= state.top);
    return index >= 0 ? { index, wrapped: false } : { index: 0, wrapped: true };
  }
  const index = matches.findLastIndex((match) => match.line < state.top);
  return index >= 0 ? { index, wrapped: false } : { index: matches.length - 1, wrapped: true };
}

function goToMatch(
  state: ReaderState,
  search: Search,
  direction: SearchDirection,
  fresh: boolean,
): ReaderState {
  if (search.matches.length === 0) {
    return { ...state, search, message: `Pattern not found: ${search.query}` };
  }
  const { index, wrapped } = findMatch(state, search, direction, fresh);
  const match = search.matches[index] as Match;
  const message = wrapped
    ? direction === "forward"
      ? "Search hit the end, continued from the top"
      : "Search hit the top, continued from the end"
    : undefined;
  return {
    ...state,
    search: { ...search, current: index },
    top: reveal(state, match.line),
    message,
  };
}

function submitSearch(state: ReaderState): ReaderState {
  const prompt = state.prompt;
  if (!prompt) return state;
  const closed = { ...state, prompt: undefined };
  const query = prompt.text !== "" ? prompt.text : state.search?.query;
  if (query === undefined) return closed;
  const search: Search = {
    query,
    direction: prompt.direction,
    matches: searchLayout(state.layout, query),
    current: -1,
  };
  return goToMatch(closed, search, prompt.direction, true);
}

function searchAgain(state: ReaderState, reverse: boolean): ReaderState {
  const search = state.search;
  if (!search) return { ...state, message: "No previous search; type / to search" };
  const forward = (search.direction === "forward") !== reverse;
  return goToMatch(state, search, forward ? "forward" : "backward", false);
}

function jumpToSection(state: ReaderState, step: 1 | -1): ReaderState {
  const sections = state.layout.sections;
  if (step === 1) {
    const next = sections.find((section) => section.line > state.top);
    if (!next || clampTop(state, next.line) === state.top)
      return { ...state, message: "No next section" };
    return { ...state, top: clampTop(state, next.line) };
  }
  const previous = sections.findLast((section) => section.line < state.top);
  return { ...state, top: previous ? clampTop(state, previous.line) : 0 };
}

function relayout(state: ReaderState, layout: Layout, complete: boolean): ReaderState {
  const top = lineForAnchor(layout, anchorAt(state.layout, state.top));
  let search = state.search;
  if (search) {
    const matches = searchLayout(layout, search.query);
    const old = search.matches[search.current];
    const line = old ? lineForAnchor(layout, anchorAt(state.layout, old.line)) : undefined;
    const current = line === undefined ? -1 : matches.findIndex((match) => match.line >= line);
    search = { ...search, matches, current };
  }
  const next = { ...state, layout, complete, search };
  return {
    ...next,
    top: clampTop(next, top),
    tocCursor: Math.min(state.tocCursor, Math.max(0, layout.sections.length - 1)),
  };
}

/** The article view's reducer: pure, so the key handling is tested without a terminal. */
export function reduceReader(state: ReaderState, action: ReaderAction): ReaderState {
  const keeps = action.type === "layout" || action.type === "resize";
  const base = keeps || state.message === undefined ? state : { ...state, message: undefined };
  switch (action.type) {
    case "scroll":
      return { ...base, top: clampTop(base, base.top + action.lines) };
    case "page": {
      const lines = Math.max(1, Math.floor(base.window * Math.abs(action.pages)));
      return { ...base, top: clampTop(base, base.top + Math.sign(action.pages) * lines) };
    }
    case "home":
      return { ...base, top: 0 };
    case "end":
      return { ...base, top: maxTop(base) };
    case "section":
      return jumpToSection(base, action.step);
    case "prompt-open":
      return { ...base, overlay: "none", prompt: { direction: action.direction, text: "" } };
    case "prompt-type":
      return base.prompt
        ? { ...base, prompt: { ...base.prompt, text: base.prompt.text + action.text } }
        : base;
    case "prompt-erase":
      if (!base.prompt) return base;
      if (base.prompt.text === "") return { ...base, prompt: undefined };
      return {
        ...base,
        prompt: { ...base.prompt, text: withoutLastCluster(base.prompt.text) },
      };
    case "prompt-submit":
      return submitSearch(base);
    case "prompt-cancel":
      return { ...base, prompt: undefined };
    case "search-again":
      return searchAgain(base, action.reverse);
    case "toc-open":
      return { ...base, overlay: "toc", tocCursor: Math.max(0, currentSection(base)) };
    case "toc-move": {
      const last = Math.max(0, base.layout.sections.length - 1);
      return { ...base, tocCursor: Math.min(last, Math.max(0, base.tocCursor + action.step)) };
    }
    case "toc-jump": {
      const section = base.layout.sections[base.tocCursor];
      if (!section) return { ...base, overlay: "none" };
      return { ...base, overlay: "none", top: clampTop(base, section.line) };
    }
    case "help":
      return { ...base, overlay: base.overlay === "help" ? "none" : "help" };
    case "close-overlay":
      return { ...base, overlay: "none" };
    case "layout":
      return relayout(base, action.layout, action.complete);
    case "resize": {
      const next = { ...base, window: Math.max(1, action.window) };
      return { ...next, top: clampTop(next, next.top) };
    }
    default:
      return assertNever(action, "reader action");
  }
}
