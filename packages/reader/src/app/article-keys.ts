import type { KeyName } from "./key-name.js";
import type { ReaderAction, ReaderState } from "./reader-state.js";

/** What a key in the article view does: a state change, or something for the view itself. */
export type ArticleCommand =
  | ReaderAction
  | { type: "quit" }
  | { type: "interrupt" }
  | { type: "width"; step: 1 | -1 };

const NORMAL: Readonly<Record<string, ArticleCommand>> = {
  j: { type: "scroll", lines: 1 },
  e: { type: "scroll", lines: 1 },
  down: { type: "scroll", lines: 1 },
  enter: { type: "scroll", lines: 1 },
  "ctrl-n": { type: "scroll", lines: 1 },
  k: { type: "scroll", lines: -1 },
  y: { type: "scroll", lines: -1 },
  up: { type: "scroll", lines: -1 },
  "ctrl-p": { type: "scroll", lines: -1 },
  " ": { type: "page", pages: 1 },
  f: { type: "page", pages: 1 },
  pagedown: { type: "page", pages: 1 },
  "ctrl-f": { type: "page", pages: 1 },
  b: { type: "page", pages: -1 },
  pageup: { type: "page", pages: -1 },
  "ctrl-b": { type: "page", pages: -1 },
  d: { type: "page", pages: 0.5 },
  "ctrl-d": { type: "page", pages: 0.5 },
  u: { type: "page", pages: -0.5 },
  "ctrl-u": { type: "page", pages: -0.5 },
  g: { type: "home" },
  "<": { type: "home" },
  home: { type: "home" },
  G: { type: "end" },
  ">": { type: "end" },
  end: { type: "end" },
  "/": { type: "prompt-open", direction: "forward" },
  "?": { type: "prompt-open", direction: "backward" },
  n: { type: "search-again", reverse: false },
  N: { type: "search-again", reverse: true },
  "]": { type: "section", step: 1 },
  "[": { type: "section", step: -1 },
  t: { type: "toc-open" },
  h: { type: "help" },
  f1: { type: "help" },
  "+": { type: "width", step: 1 },
  "=": { type: "width", step: 1 },
  "-": { type: "width", step: -1 },
  _: { type: "width", step: -1 },
  q: { type: "quit" },
  Q: { type: "quit" },
  "ctrl-c": { type: "interrupt" },
};

const TOC: Readonly<Record<string, ArticleCommand>> = {
  j: { type: "toc-move", step: 1 },
  down: { type: "toc-move", step: 1 },
  "ctrl-n": { type: "toc-move", step: 1 },
  k: { type: "toc-move", step: -1 },
  up: { type: "toc-move", step: -1 },
  "ctrl-p": { type: "toc-move", step: -1 },
  pagedown: { type: "toc-move", step: 10 },
  pageup: { type: "toc-move", step: -10 },
  g: { type: "toc-move", step: Number.NEGATIVE_INFINITY },
  home: { type: "toc-move", step: Number.NEGATIVE_INFINITY },
  G: { type: "toc-move", step: Number.POSITIVE_INFINITY },
  end: { type: "toc-move", step: Number.POSITIVE_INFINITY },
  enter: { type: "toc-jump" },
  escape: { type: "close-overlay" },
  t: { type: "close-overlay" },
  q: { type: "close-overlay" },
  h: { type: "help" },
  f1: { type: "help" },
  "ctrl-c": { type: "interrupt" },
};

const HELP: Readonly<Record<string, ArticleCommand>> = {
  escape: { type: "close-overlay" },
  q: { type: "close-overlay" },
  h: { type: "close-overlay" },
  f1: { type: "close-overlay" },
  enter: { type: "close-overlay" },
  "ctrl-c": { type: "interrupt" },
};

const PROMPT: Readonly<Record<string, ArticleCommand>> = {
  enter: { type: "prompt-submit" },
  escape: { type: "prompt-cancel" },
  "ctrl-c": { type: "prompt-cancel" },
  backspace: { type: "prompt-erase" },
};

function lookup(
  map: Readonly<Record<string, ArticleCommand>>,
  key: KeyName,
): ArticleCommand | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Whether a key is text to type (one printable character), not a named key. */
export function isTypedText(key: KeyName): boolean {
  return [...key].length === 1 && !/[\p{Cc}\p{Cf}]/u.test(key);
}

/**
 * What a key does in the article view, depending on what is open: the search prompt takes
 * text, the table of contents and help take their own keys, and otherwise keys work as in
 * less and vim. Undefined for keys that do nothing.
 */
export function articleCommand(
  state: Pick<ReaderState, "overlay" | "prompt">,
  key: KeyName,
): ArticleCommand | undefined {
  if (state.prompt) {
    return (
      lookup(PROMPT, key) ?? (isTypedText(key) ? { type: "prompt-type", text: key } : undefined)
    );
  }
  if (state.overlay === "toc") return lookup(TOC, key);
  if (state.overlay === "help") return lookup(HELP, key);
  return lookup(NORMAL, key);
}
