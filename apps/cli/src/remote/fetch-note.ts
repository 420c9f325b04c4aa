import { oneLine } from "@broadsheet/reader/sanitize";
import { hostOf } from "./remote-read-error.js";

/** How a source was fetched, and how long it took. */
export interface FetchFacts {
  /** The address read, after redirects. */
  url: string;
  /** When it was fetched, or when the copy read offline was (ms since the epoch). */
  fetchedMs: number;
  fromCache: boolean;
  notModified: boolean;
  /** How long reading the source took, from asking to having its items (ms). */
  elapsedMs: number;
}

/** A source read for a library: its name, how many items it gave, and how it was fetched. */
export interface SourceFetch {
  name: string;
  items: number;
  facts: FetchFacts;
}

/** `120 ms` below a second, `1.4 s` from there. */
export function durationText(ms: number): string {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** How long ago a time was, roughly: `just now`, `5 min ago`, `2 h ago`, `3 days ago`. */
export function ageText(ms: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - ms) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** How one source was fetched: `example.org 120 ms`, `… · cached, unchanged`, or the offline copy's age. */
function howFetched(name: string, facts: FetchFacts, now: number): string {
  if (facts.fromCache && !facts.notModified) {
    return `offline copy from ${ageText(facts.fetchedMs, now)}`;
  }
  const host = hostOf(facts.url);
  const time = durationText(facts.elapsedMs);
  const timed = host === name ? time : `${host} ${time}`;
  return facts.notModified ? `${timed} · cached, unchanged` : timed;
}

/**
 * A source's note for the library's status line: its name, how many items, and how it was
 * fetched: `Gazette: 12 items · example.org 120 ms`, `… · cached, unchanged` when the server
 * confirmed the cached copy (a 304), `Gazette: 12 items · offline copy from 2 h ago` with
 * `--offline`.
 */
export function fetchNote(
  name: string,
  items: number,
  facts: FetchFacts,
  now = Date.now(),
): string {
  const safe = oneLine(name);
  return `${safe}: ${count(items, "item")} · ${howFetched(safe, facts, now)}`;
}

/**
 * The notes of several sources read together: one each for one or two, otherwise one line for
 * all: `5 feeds, 120 items in 1.2 s · slowest example.org 900 ms · 2 cached`, or with
 * `--offline` the age of the oldest copy.
 *
 * @param elapsedMs - how long reading them all took
 */
export function fetchSummary(
  sources: readonly SourceFetch[],
  elapsedMs: number,
  now = Date.now(),
): string[] {
  if (sources.length <= 2) {
    return sources.map((source) => fetchNote(source.name, source.items, source.facts, now));
  }
  const items = sources.reduce((sum, source) => sum + source.items, 0);
  const tally = `${count(sources.length, "feed")}, ${count(items, "item")}`;
  const offline = sources.filter(({ facts }) => facts.fromCache && !facts.notModified);
  if (offline.length === sources.length) {
    const oldest = Math.min(...offline.map(({ facts }) => facts.fetchedMs));
    return [`${tally} · offline copies, the oldest from ${ageText(oldest, now)}`];
  }
  const slowest = sources.reduce((most, source) =>
    source.facts.elapsedMs > most.facts.elapsedMs ? source : most,
  );
  const cached = sources.filter(({ facts }) => facts.notModified).length;
  const parts = [
    `${tally} in ${durationText(elapsedMs)}`,
    `slowest ${hostOf(slowest.facts.url)} ${durationText(slowest.facts.elapsedMs)}`,
  ];
  if (cached > 0) parts.push(`${cached} cached`);
  return [parts.join(" · ")];
}
