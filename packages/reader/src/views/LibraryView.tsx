import { Box, Text, useInput } from "ink";
import { useMemo } from "react";
import { isTypedText } from "../app/article-keys.js";
import { fitWidth } from "../app/fit-width.js";
import { type KeyName, keyNames } from "../app/key-name.js";
import { filterLibrary, type LibraryEntry } from "../app/library-entries.js";
import type { Profiler } from "../app/profiler.js";
import type { Theme } from "../app/themes.js";
import { withoutLastCluster } from "../measure/without-last-cluster.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { StatusLine } from "./StatusLine.js";
import { TextWindow } from "./TextWindow.js";

/** What the library view remembers while an article is open: the filter and the choice. */
export interface LibraryState {
  filter: string;
  /** Index into the filtered list. */
  selected: number;
}

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  entries: readonly LibraryEntry[];
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

/**
 * The library: the content folder's articles, newest first, one per row with date, reading time,
 * section and headline. Typing filters the list (every word must appear in the headline,
 * section, kicker, slug or authors); ↑/↓, PgUp/PgDn, Home/End choose; Enter opens; Esc clears
 * the filter, then quits; q quits while nothing is typed.
 */
export function LibraryView(props: LibraryViewProps) {
  const { entries, state, columns, rows, theme } = props;
  const shown = useMemo(() => filterLibrary(entries, state.filter), [entries, state.filter]);
  const listHeight = Math.max(1, rows - 4);
  const selected = Math.min(state.selected, Math.max(0, shown.length - 1));

  const handle = (keys: readonly KeyName[]) => {
    let { filter } = state;
    let chosen = selected;
    let count = shown.length;
    for (const key of keys) {
      if (key === "ctrl-c") return props.onQuit("interrupt");
      if (key === "escape" || (key === "q" && filter === "")) {
        if (filter === "") return props.onQuit("quit");
        filter = "";
        chosen = 0;
      } else if (key === "enter") {
        const entry = filterLibrary(entries, filter)[chosen];
        if (entry) {
          props.onChange({ filter, selected: chosen });
          return props.onOpen(entry);
        }
      } else if (key === "up" || key === "ctrl-p") chosen -= 1;
      else if (key === "down" || key === "ctrl-n" || key === "tab") chosen += 1;
      else if (key === "pageup") chosen -= listHeight;
      else if (key === "pagedown") chosen += listHeight;
      else if (key === "home") chosen = 0;
      else if (key === "end") chosen = count - 1;
      else if (key === "backspace") {
        filter = withoutLastCluster(filter);
        chosen = 0;
      } else if (isTypedText(key)) {
        filter += key;
        chosen = 0;
      }
      count = filterLibrary(entries, filter).length;
      chosen = Math.min(Math.max(0, chosen), Math.max(0, count - 1));
    }
    if (filter === state.filter && chosen === selected) props.profiler?.unchanged();
    else props.onChange({ filter, selected: chosen });
  };

  useInput((input, key) => {
    const names = keyNames(input, key);
    props.profiler?.keypress(names.join(" "));
    handle(names);
  });

  const first = Math.min(
    Math.max(0, selected - Math.floor(listHeight / 2)),
    Math.max(0, shown.length - listHeight),
  );
  const list = shown
    .slice(first, first + listHeight)
    .map((entry, offset) => entryRow(entry, columns, first + offset === selected, theme));
  if (entries.length === 0) list.push("  No articles here yet.");
  else if (shown.length === 0)
    list.push(`  No article matches “${sanitizeForTerminal(state.filter)}”.`);
  while (list.length < listHeight) list.push("");

  const count = state.filter
    ? `${shown.length} of ${entries.length} articles`
    : `${entries.length} article${entries.length === 1 ? "" : "s"}`;
  const title = paint(
    "1",
    fitWidth(`Broadsheet · ${sanitizeForTerminal(props.source)} · ${count}`, columns - 1),
  );
  const filterLine = state.filter
    ? fitWidth(`Filter: ${sanitizeForTerminal(state.filter)}▏`, columns - 1)
    : paint(theme.muted, "Type to filter");
  const right = ["↑↓ choose", "Enter read", state.filter ? "Esc clear" : "q quit"].join(" · ");
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">{title}</Text>
      <Text wrap="truncate-end">{filterLine}</Text>
      <TextWindow lines={list} />
      <StatusLine left={props.notes.join(" · ")} right={right} columns={columns} theme={theme} />
    </Box>
  );
}
