import type { StatusLineText } from "./status-line-text.js";

/** What the library's status line is made of. */
export interface LibraryStatusInput {
  /** How many articles are unread, or undefined when the source keeps no record of reading. */
  unread?: number | undefined;
  /** The source's notes (when and how fast it was fetched, what could not be read). */
  notes: readonly string[];
  /** Whether full-text search is open. */
  searching: boolean;
  /** Whether a filter is typed. */
  filtering: boolean;
}

/** "3 unread", "all read", or nothing when the source keeps no record of reading. */
export function unreadText(unread: number | undefined): string | undefined {
  if (unread === undefined) return undefined;
  return unread === 0 ? "all read" : `${unread} unread`;
}

/**
 * The library's status line: on the left how many articles are unread (when the source knows)
 * and the source's notes, on the right the keys (what Esc does depends on what is typed).
 */
export function libraryStatusText(input: LibraryStatusInput): StatusLineText {
  const unread = unreadText(input.unread);
  const keys = [
    "↑↓ choose",
    "Enter read",
    input.searching ? "Esc back" : input.filtering ? "Esc clear" : "q quit",
  ];
  return {
    left: [...(unread === undefined ? [] : [unread]), ...input.notes].join(" · "),
    right: keys.join(" · "),
  };
}
