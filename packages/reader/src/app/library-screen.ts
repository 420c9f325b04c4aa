import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { fitWidth } from "./fit-width.js";
import type { LibraryEntry, LibraryHit } from "./library-source.js";
import { libraryStatusText } from "./library-status-text.js";
import { statusRow } from "./status-row.js";
import type { Theme } from "./themes.js";

/** Search hits asked for at once: more than anyone pages through. */
export const SEARCH_LIMIT = 200;

/** Characters typed before full-text search runs: one or two would match nearly every article. */
export const SEARCH_FROM = 3;

/** Whether what is typed into search is long enough to search for. */
export function searchable(query: string | undefined): query is string {
  return query !== undefined && [...query.trim()].length >= SEARCH_FROM;
}

/** The rows of the list the library's window holds (the title, prompt and status line take 3, one is left blank). */
export function listHeight(rows: number): number {
  return Math.max(1, rows - 4);
}

/** How many entries fit the list: one row each, or two for search hits (the row and its sentence). */
export function visibleEntries(rows: number, searching: boolean): number {
  return Math.max(1, Math.floor(listHeight(rows) / (searching ? 2 : 1)));
}

/** The first entry shown: the window follows the choice, keeping it near the middle. */
export function windowStart(selected: number, visible: number, total: number): number {
  return Math.min(Math.max(0, selected - Math.floor(visible / 2)), Math.max(0, total - visible));
}

function paint(sgr: string | undefined, text: string): string {
  return sgr ? `\u001b[${sgr}m${text}\u001b[0m` : text;
}

/** The mark of an unread entry, in a column of its own after the choice marker. */
export const UNREAD_MARK = "•";

/**
 * One entry's row: the choice marker, the unread mark (a column of its own, for a source that
 * records reading), date, reading time, section and headline, the headline bold unless the entry
 * is known to be read.
 */
function entryRow(entry: LibraryEntry, columns: number, chosen: boolean, theme: Theme): string {
  const date = (entry.date || "undated").padEnd(10);
  const minutes = `${entry.minutes} min`.padStart(7);
  const sectionWidth = Math.min(18, Math.max(0, Math.floor(columns / 6)));
  const section = fitWidth(sanitizeForTerminal(entry.section), sectionWidth, true);
  const mark = entry.unread === undefined ? "" : `${entry.unread ? UNREAD_MARK : " "} `;
  const fixed = 2 + mark.length + 10 + 2 + 7 + 2 + sectionWidth + 2;
  const headline = fitWidth(sanitizeForTerminal(entry.headline), Math.max(1, columns - fixed - 1));
  if (chosen) {
    return paint(
      "7",
      fitWidth(`▸ ${mark}${date}  ${minutes}  ${section}  ${headline}`, columns - 1, true),
    );
  }
  const title = entry.unread === false ? headline : paint("1", headline);
  return `  ${mark && paint(theme.accent, mark)}${paint(theme.muted, date)}  ${paint(theme.muted, minutes)}  ${paint(theme.accent, section)}  ${title}`;
}

/** The hit's sentence on one row under it, the matches in bold, cut to the width. */
function snippetRow(hit: LibraryHit, columns: number, theme: Theme): string {
  let room = Math.max(1, columns - 5);
  let row = "    ";
  for (const piece of hit.snippet) {
    if (room <= 0) break;
    const text = fitWidth(sanitizeForTerminal(piece.text).replace(/\s+/g, " "), room);
    room -= [...text].length;
    row += piece.match ? paint("1", text) : paint(theme.muted, text);
  }
  return row;
}

/** What the library shows at one moment: what is typed, the choice, and what the source answered. */
export interface LibraryScreenInput {
  source: string;
  notes: readonly string[];
  columns: number;
  rows: number;
  theme: Theme;
  filter: string;
  /** What is typed into full-text search, or undefined when it is closed. */
  search: string | undefined;
  selected: number;
  /** The position of the first entry shown. */
  first: number;
  /** Every listed article. */
  total: number;
  /** The articles the filter matches, or the search hits there are. */
  count: number;
  /** The entries (or search hits) shown, from `first`. */
  shown: readonly (LibraryEntry | LibraryHit)[];
  /** Whether the search typed is still being ranked (the hits shown are an earlier search's). */
  pending?: boolean | undefined;
  /** How many articles are unread, for a source that records reading (the status line says so). */
  unread?: number | undefined;
}

/** The library's screen as rows of text, each fitted to the width. */
export interface LibraryScreen {
  title: string;
  prompt: string;
  /** Exactly {@link listHeight} rows. */
  list: string[];
  status: string;
}

function plural(n: number): string {
  return `${n} article${n === 1 ? "" : "s"}`;
}

function tally(input: LibraryScreenInput): string {
  const { total, count } = input;
  if (input.search !== undefined) {
    if (!searchable(input.search)) return plural(total);
    if (input.pending) return `searching ${plural(total)}…`;
    return `${count === SEARCH_LIMIT ? "best " : ""}${count} of ${plural(total)}`;
  }
  return input.filter ? `${count} of ${plural(total)}` : plural(total);
}

function listRows(input: LibraryScreenInput): string[] {
  const { columns, theme, selected, first, search } = input;
  const list: string[] = [];
  input.shown.forEach((entry, offset) => {
    list.push(entryRow(entry, columns, first + offset === selected, theme));
    if (search !== undefined && "snippet" in entry) list.push(snippetRow(entry, columns, theme));
  });
  if (search !== undefined) {
    if (search && !searchable(search)) {
      list.push(`  Type ${SEARCH_FROM} letters or more to search every article's text.`);
    } else if (search && input.count === 0 && !input.pending) {
      list.push(`  No article mentions “${sanitizeForTerminal(search)}”.`);
    }
  } else if (input.total === 0) list.push("  No articles here yet.");
  else if (input.count === 0) {
    list.push(`  No article matches “${sanitizeForTerminal(input.filter)}”.`);
  }
  const height = listHeight(input.rows);
  while (list.length < height) list.push("");
  return list.slice(0, height);
}

/**
 * The library's screen: the title with the tally, the prompt, the list (date, reading time,
 * section and headline per entry, the chosen one inverted, an unread one marked, each search
 * hit with its sentence) and the status line with how many are unread, the notes and the keys.
 * The Ink view and the first screen drawn before Ink both draw these rows.
 */
export function libraryScreen(input: LibraryScreenInput): LibraryScreen {
  const { columns, theme, search, filter } = input;
  const searching = search !== undefined;
  const title = paint(
    "1",
    fitWidth(`Broadsheet · ${sanitizeForTerminal(input.source)} · ${tally(input)}`, columns - 1),
  );
  const prompt = searching
    ? fitWidth(`Search: ${sanitizeForTerminal(search)}▏`, columns - 1)
    : filter
      ? fitWidth(`Filter: ${sanitizeForTerminal(filter)}▏`, columns - 1)
      : paint(theme.muted, "Type to filter · / to search the text");
  const status = libraryStatusText({
    unread: input.unread,
    notes: input.notes,
    searching,
    filtering: filter !== "",
  });
  return {
    title,
    prompt,
    list: listRows(input),
    status: statusRow(status.left, status.right, columns, theme),
  };
}
