import type { Key } from "ink";

/**
 * A keypress as the reader's key maps name it: a printable character as itself (`"j"`, `"G"`,
 * `"/"`), or one of the names below for keys that print nothing. Unknown keys are `""`.
 */
export type KeyName =
  | "up"
  | "down"
  | "left"
  | "right"
  | "pageup"
  | "pagedown"
  | "home"
  | "end"
  | "enter"
  | "escape"
  | "backspace"
  | "tab"
  | "ctrl-c"
  | "ctrl-d"
  | "ctrl-u"
  | "ctrl-f"
  | "ctrl-b"
  | "ctrl-n"
  | "ctrl-p"
  | "f1"
  | (string & {});

const CTRL_NAMES: Record<string, KeyName> = {
  c: "ctrl-c",
  d: "ctrl-d",
  u: "ctrl-u",
  f: "ctrl-f",
  b: "ctrl-b",
  n: "ctrl-n",
  p: "ctrl-p",
};

/** F1 as xterm, rxvt and the Linux console send it (Ink reports it as an empty, flagless key). */
const F1_SEQUENCES: ReadonlySet<string> = new Set([
  "\u001bOP",
  "\u001b[11~",
  "\u001b[[A",
  "\u001b[1P",
]);

/** Whether a raw input sequence is F1. */
export function isF1(sequence: string): boolean {
  return F1_SEQUENCES.has(sequence);
}

const CHARACTER_NAMES: Record<string, KeyName> = {
  "\r": "enter",
  "\n": "enter",
  "\t": "tab",
  "\u007f": "backspace",
  "\b": "backspace",
  "\u0003": "ctrl-c",
  "\u001b": "escape",
};

/**
 * Names the keys of one Ink `useInput` event. Ink hands over a run of characters that arrived
 * together (typed fast, pasted, or sent by tmux) as one input: each becomes its own key here, so
 * `jjj` scrolls three lines and `word⏎` in the search prompt types the word and submits it.
 */
export function keyNames(input: string, key: Key): KeyName[] {
  const single = keyName(input, key);
  if (single !== input || [...input].length <= 1) return [single];
  return [...input].map((character) => CHARACTER_NAMES[character] ?? character);
}

/** Names the key of one Ink `useInput` event, taken as a single key. */
export function keyName(input: string, key: Key): KeyName {
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.leftArrow) return "left";
  if (key.rightArrow) return "right";
  if (key.pageUp) return "pageup";
  if (key.pageDown) return "pagedown";
  if (key.home) return "home";
  if (key.end) return "end";
  if (key.return) return "enter";
  if (key.escape) return "escape";
  if (key.backspace || key.delete) return "backspace";
  if (key.tab) return "tab";
  if (key.ctrl) return CTRL_NAMES[input] ?? "";
  return CHARACTER_NAMES[input] ?? input;
}
