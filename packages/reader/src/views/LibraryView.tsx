import { Box, Text, useInput } from "ink";
import { useEffect, useMemo, useRef, useState } from "react";
import { isTypedText } from "../app/article-keys.js";
import { type KeyName, keyNames } from "../app/key-name.js";
import {
  libraryScreen,
  SEARCH_LIMIT,
  searchable,
  visibleEntries,
  windowStart,
} from "../app/library-screen.js";
import type { LibraryEntry, LibrarySource, SearchResults } from "../app/library-source.js";
import type { Profiler } from "../app/profiler.js";
import type { Theme } from "../app/themes.js";
import { withoutLastCluster } from "../measure/without-last-cluster.js";

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

/** Follows the library's changes (e.g. files re-read after the first screen). */
function useLibraryVersion(library: LibrarySource): number {
  const [version, setVersion] = useState(0);
  useEffect(() => library.subscribe?.(() => setVersion((value) => value + 1)), [library]);
  return version;
}

/**
 * The results of the search typed: those the source answered, or, while it ranks a search
 * elsewhere, the results shown before (`pending` then says so).
 */
function useSearchResults(
  library: LibrarySource,
  query: string | undefined,
  version: number,
): { results: SearchResults | undefined; pending: boolean } {
  const asked = useMemo(
    () => (version >= 0 && searchable(query) ? library.search(query, SEARCH_LIMIT) : undefined),
    [library, query, version],
  );
  const [arrived, setArrived] = useState<{ asked: unknown; results: SearchResults }>();
  const shown = useRef<SearchResults | undefined>(undefined);
  useEffect(() => {
    if (!(asked instanceof Promise)) return;
    let live = true;
    asked.then(
      (results) => {
        if (live && results) setArrived({ asked, results });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [asked]);
  const late = asked instanceof Promise && arrived?.asked !== asked;
  const results = !(asked instanceof Promise) ? asked : late ? shown.current : arrived?.results;
  shown.current = results;
  return { results, pending: late };
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
  const total = useMemo(() => (version >= 0 ? library.count("") : 0), [library, version]);
  const count = useMemo(
    () => (version >= 0 ? library.count(state.filter) : 0),
    [library, state.filter, version],
  );
  const unread = useMemo(
    () => (version >= 0 ? library.unreadCount?.() : undefined),
    [library, version],
  );
  const { results, pending } = useSearchResults(library, state.search, version);
  const shownCount = searching ? (results?.count ?? 0) : count;
  const selected = Math.min(state.selected, Math.max(0, shownCount - 1));
  const visible = visibleEntries(rows, searching);
  const first = windowStart(selected, visible, shownCount);
  const shown = useMemo(
    () =>
      searching
        ? (results?.hits(first, visible) ?? [])
        : version >= 0
          ? library.page(state.filter, first, visible)
          : [],
    [library, state.filter, first, visible, searching, results, version],
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
            ? search === state.search
              ? results?.hits(chosen, 1)[0]
              : undefined
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
        items =
          search === state.search ? (results?.count ?? 0) : searchable(search) ? SEARCH_LIMIT : 0;
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

  const screen = libraryScreen({
    source: props.source,
    notes: props.notes,
    columns,
    rows,
    theme,
    filter: state.filter,
    search: state.search,
    selected,
    first,
    total,
    count: shownCount,
    shown,
    pending,
    unread,
  });
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{screen.title}</Text>
      <Text wrap="truncate-end">{screen.prompt}</Text>
      <Box flexDirection="column" height={screen.list.length} flexShrink={0}>
        {screen.list.map((line, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row of the window is its place.
          <Text key={row}>{line || " "}</Text>
        ))}
      </Box>
      <Text wrap="truncate-end">{screen.status}</Text>
    </Box>
  );
}
