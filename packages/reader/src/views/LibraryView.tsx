import { Box, Text, useInput } from "ink";
import { useEffect, useMemo, useState } from "react";
import { isTypedText } from "../app/article-keys.js";
import { fitWidth } from "../app/fit-width.js";
import { type KeyName, keyNames } from "../app/key-name.js";
import type { LibraryEntry, LibraryHit, LibrarySource } from "../app/library-source.js";
import type { Profiler } from "../app/profiler.js";
import type { Theme } from "../app/themes.js";
import { withoutLastCluster } from "../measure/without-last-cluster.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { StatusLine } from "./StatusLine.js";
import { TextWindow } from "./TextWindow.js";

/** What the library view remembers while an article is open: filter or search, and the choice. */
export interface LibraryState {
  filter: string;
  /** What is typed into full-text search (opened with `/`), or undefined when it is closed. */
  search?: string | undefined;
  /** Index into the filtered list, or into the search hits. */
  selected: number;
}

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  library: LibrarySource;
  /** Where the articles come from, for the title. */
  source: string;
  /** Notes for the status line, e.g. files that could not be read. */
  notes: readonly string[];
  state: LibraryState;
  onChange: (state: LibraryState) => void;
  onOpen: (entry: LibraryEntry) => void;
  onQuit: (how: "quit" | "interrupt") => void;
  columns: number;
  rows: number;
  theme: Theme;
  profiler?: Profiler | undefined;
}

/** Search hits asked for at once: more than anyone pages through. */
export const SEARCH_LIMIT = 200;

/** Characters typed before full-text search runs: one or two would match nearly every article. */
export const SEARCH_FROM = 3;

/** Whether what is typed into search is long enough to search for. */
function searchable(query: string | undefined): query is string {
  return query !== undefined && [...query.trim()].length >= SEARCH_FROM;
}

function paint(sgr: string | undefined, text: string): string {
  return sgr ? `\u001b[${sgr}m${text}\u001b[0m` : text;
}

function entryRow(entry: LibraryEntry, columns: number, chosen: boolean, theme: Theme): string {
  const date = (entry.date || "undated").padEnd(10);
  const minutes = `${entry.minutes} min`.padStart(7);
  const sectionWidth = Math.min(18, Math.max(0, Math.floor(columns / 6)));
  const section = fitWidth(sanitizeForTerminal(entry.section), sectionWidth, true);
  const fixed = 2 + 10 + 2 + 7 + 2 + sectionWidth + 2;
  const headline = fitWidth(sanitizeForTerminal(entry.headline), Math.max(1, columns - fixed - 1));
  if (chosen) {
    return paint(
      "7",
      fitWidth(`▸ ${date}  ${minutes}  ${section}  ${headline}`, columns - 1, true),
    );
  }
  return `  ${paint(theme.muted, date)}  ${paint(theme.muted, minutes)}  ${paint(theme.accent, section)}  ${paint("1", headline)}`;
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

function windowStart(selected: number, visible: number, total: number): number {
  return Math.min(Math.max(0, selected - Math.floor(visible / 2)), Math.max(0, total - visible));
}

/** Follows the library's changes (e.g. files re-read after the first screen). */
function useLibraryVersion(library: LibrarySource): number {
  const [version, setVersion] = useState(0);
  useEffect(() => library.subscribe?.(() => setVersion((value) => value + 1)), [library]);
  return version;
}

/**
 * The library: the content folder's articles, newest first, one per row with date, reading time,
 * section and headline. Typing filters the list (every word must appear in the headline,
 * section, kicker, slug or authors); `/` searches the full text of every article instead (best
 * first, each hit with the sentence that matched); ↑/↓, PgUp/PgDn, Home/End choose; Enter opens;
 * Esc closes the search, clears the filter, then quits; q quits while nothing is typed. Only
 * the rows on screen are asked of the library.
 */
export function LibraryView(props: LibraryViewProps) {
  const { library, state, columns, rows, theme } = props;
  const version = useLibraryVersion(library);
  const searching = state.search !== undefined;
  const listHeight = Math.max(1, rows - 4);
  const total = useMemo(() => (version >= 0 ? library.count("") : 0), [library, version]);
  const count = useMemo(
    () => (version >= 0 ? library.count(state.filter) : 0),
    [library, state.filter, version],
  );
  const hits = useMemo(
    () => (searchable(state.search) ? library.search(state.search, SEARCH_LIMIT) : []),
    [library, state.search],
  );
  const shownCount = searching ? hits.length : count;
  const selected = Math.min(state.selected, Math.max(0, shownCount - 1));
  const perItem = searching ? 2 : 1;
  const visible = Math.max(1, Math.floor(listHeight / perItem));
  const first = windowStart(selected, visible, shownCount);
  const page = useMemo(
    () => (searching || version < 0 ? [] : library.page(state.filter, first, visible)),
    [library, state.filter, first, visible, searching, version],
  );

  const handle = (keys: readonly KeyName[]) => {
    let { filter, search } = state;
    let chosen = selected;
    let items = shownCount;
    for (const key of keys) {
      const typing = search === undefined ? filter : search;
      if (key === "ctrl-c") return props.onQuit("interrupt");
      if (key === "escape" || (key === "q" && typing === "" && search === undefined)) {
        if (search !== undefined) search = undefined;
        else if (filter === "") return props.onQuit("quit");
        else filter = "";
        chosen = 0;
      } else if (key === "enter") {
        const entry =
          search !== undefined
            ? (search === state.search || !searchable(search)
                ? hits
                : library.search(search, SEARCH_LIMIT))[chosen]
            : library.page(filter, chosen, 1)[0];
        if (entry) {
          props.onChange({ filter, search, selected: chosen });
          return props.onOpen(entry);
        }
      } else if (key === "/" && search === undefined) {
        search = "";
        chosen = 0;
      } else if (key === "up" || key === "ctrl-p") chosen -= 1;
      else if (key === "down" || key === "ctrl-n" || key === "tab") chosen += 1;
      else if (key === "pageup") chosen -= visible;
      else if (key === "pagedown") chosen += visible;
      else if (key === "home") chosen = 0;
      else if (key === "end") chosen = items - 1;
      else if (key === "backspace") {
        if (search !== undefined) search = withoutLastCluster(search);
        else filter = withoutLastCluster(filter);
        chosen = 0;
      } else if (isTypedText(key)) {
        if (search !== undefined) search += key;
        else filter += key;
        chosen = 0;
      }
      if (search !== undefined) {
        items = search === state.search ? hits.length : searchable(search) ? SEARCH_LIMIT : 0;
      } else items = filter === state.filter ? count : library.count(filter);
      chosen = Math.min(Math.max(0, chosen), Math.max(0, items - 1));
    }
    if (filter === state.filter && search === state.search && chosen === selected) {
      props.profiler?.unchanged();
    } else props.onChange({ filter, search, selected: chosen });
  };

  useInput((input, key) => {
    const names = keyNames(input, key);
    props.profiler?.keypress(names.join(" "));
    handle(names);
  });

  const list: string[] = [];
  if (searching) {
    hits.slice(first, first + visible).forEach((hit, offset) => {
      list.push(entryRow(hit, columns, first + offset === selected, theme));
      list.push(snippetRow(hit, columns, theme));
    });
    if (state.search && !searchable(state.search)) {
      list.push(`  Type ${SEARCH_FROM} letters or more to search every article's text.`);
    } else if (state.search && hits.length === 0) {
      list.push(`  No article mentions “${sanitizeForTerminal(state.search)}”.`);
    }
  } else {
    page.forEach((entry, offset) => {
      list.push(entryRow(entry, columns, first + offset === selected, theme));
    });
    if (total === 0) list.push("  No articles here yet.");
    else if (count === 0) list.push(`  No article matches “${sanitizeForTerminal(state.filter)}”.`);
  }
  while (list.length < listHeight) list.push("");

  const plural = (n: number) => `${n} article${n === 1 ? "" : "s"}`;
  const tally = searching
    ? searchable(state.search)
      ? `${hits.length === SEARCH_LIMIT ? "best " : ""}${hits.length} of ${plural(total)}`
      : plural(total)
    : state.filter
      ? `${count} of ${plural(total)}`
      : plural(total);
  const title = paint(
    "1",
    fitWidth(`Broadsheet · ${sanitizeForTerminal(props.source)} · ${tally}`, columns - 1),
  );
  const prompt = searching
    ? fitWidth(`Search: ${sanitizeForTerminal(state.search ?? "")}▏`, columns - 1)
    : state.filter
      ? fitWidth(`Filter: ${sanitizeForTerminal(state.filter)}▏`, columns - 1)
      : paint(theme.muted, "Type to filter · / to search the text");
  const right = [
    "↑↓ choose",
    "Enter read",
    searching ? "Esc back" : state.filter ? "Esc clear" : "q quit",
  ].join(" · ");
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{title}</Text>
      <Text wrap="truncate-end">{prompt}</Text>
      <TextWindow lines={list} />
      <StatusLine left={props.notes.join(" · ")} right={right} columns={columns} theme={theme} />
    </Box>
  );
}
