import { oneLine } from "@broadsheet/reader/sanitize";

/** How a source was fetched. */
export interface FetchFacts {
  fetchedMs: number;
  fromCache: boolean;
  notModified: boolean;
}

/** `2026-12-07 23:04 UTC`: a fetch time for a status line. */
function minuteOf(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * A source's line for the library's notes: its name, how many items, when it was fetched and
 * whether the server confirmed the cached copy (a 304) or only the cache was read.
 */
export function fetchNote(name: string, items: number, facts: FetchFacts): string {
  const how = facts.notModified
    ? "unchanged since"
    : facts.fromCache
      ? "offline, from the copy fetched"
      : "fetched";
  return `${oneLine(name)}: ${items} item${items === 1 ? "" : "s"}, ${how} ${minuteOf(facts.fetchedMs)}`;
}
