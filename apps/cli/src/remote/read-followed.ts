import type { FeedItem } from "@broadsheet/feeds";
import type { ReaderSource } from "@broadsheet/reader/options";
import {
  type FetchOptions,
  type FollowedSource,
  listFollowed,
  ReadRecord,
} from "@broadsheet/remote";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { fetchSummary, type SourceFetch } from "./fetch-note.js";
import type { RemoteReadContext } from "./read-remote.js";
import { remoteCliError } from "./remote-cli-error.js";
import { fetchOptionsOf, followFileOf, readRecordFileOf } from "./remote-files.js";
import { type RemoteLibrary, remoteLibrarySource } from "./remote-library-source.js";
import { failureLine, hostOf } from "./remote-read-error.js";
import { type Resolved, resolveUrl } from "./resolve-url.js";

/** The followed publications' items as the reader's library, with a note for each source. */
export interface FollowedReading {
  source: ReaderSource & { kind: "library" };
  library: RemoteLibrary;
}

function nameOf(source: FollowedSource, feedTitle: string): string {
  return source.title ?? (feedTitle || hostOf(source.url));
}

/** A source's failure line after its name, unless the line starts with it (the host, unnamed). */
function named(name: string, line: string): string {
  return line.startsWith(`${name}: `) ? line : `${name}: ${line}`;
}

type Outcome =
  | { source: FollowedSource; resolved: Resolved; elapsedMs: number }
  | { source: FollowedSource; failure: string };

/**
 * Reads every source followed at once, saying on `context.progress` how many are read and how
 * many items they gave so far; each outcome with the time it took from the start.
 */
async function readSources(
  followed: readonly FollowedSource[],
  fetch: FetchOptions,
  context: RemoteReadContext,
): Promise<{ read: Outcome[]; elapsedMs: number }> {
  const progress = context.progress;
  const waiting = `${followed.length} feed${followed.length === 1 ? "" : "s"}`;
  let done = 0;
  let fetchedItems = 0;
  progress?.update(`${context.offline ? "reading the copies of" : "fetching"} ${waiting}`);
  const started = performance.now();
  const read = await Promise.all(
    followed.map((source) =>
      resolveUrl(source.url, fetch)
        .then(
          (resolved): Outcome => ({ source, resolved, elapsedMs: performance.now() - started }),
          (error: unknown): Outcome => ({ source, failure: failureLine(error, source.url) }),
        )
        .then((outcome) => {
          done += 1;
          if ("resolved" in outcome && outcome.resolved.kind === "feed") {
            fetchedItems += outcome.resolved.items.length;
          }
          progress?.update(`read ${done} of ${waiting} · ${fetchedItems} items`);
          return outcome;
        }),
    ),
  );
  return { read, elapsedMs: performance.now() - started };
}

/**
 * The latest items of every publication followed, in one library, newest first, each row's
 * section its publication's name, unread marked from the read record. The feeds are fetched
 * together (a few at a time per host, by the fetch's own queue), the count read so far on
 * `context.progress`; the notes say how long they took (each, or for many the whole and the
 * slowest), and a feed that cannot be read is a note of its own, and never hides the others.
 *
 * @throws CliError (usage) when nothing is followed; (1) when the follow list or read record is damaged
 */
export async function readFollowed(context: RemoteReadContext): Promise<FollowedReading> {
  const { io } = context;
  const fetch = fetchOptionsOf(io.env, context.offline === true);
  let followed: FollowedSource[];
  let readRecord: ReadRecord;
  try {
    followed = await listFollowed({ file: followFileOf(io.env) });
    readRecord = await ReadRecord.open({ file: readRecordFileOf(io.env) });
  } catch (error) {
    throw remoteCliError(error, followFileOf(io.env));
  }
  if (followed.length === 0) {
    throw new CliError(
      "following nothing yet, and no content folder here; broadsheet follow <url> follows a site or feed",
      ExitCode.usage,
    );
  }
  const { read, elapsedMs } = await readSources(followed, fetch, context);
  const items: FeedItem[] = [];
  const names = new Map<FeedItem, string>();
  const fetchedAt = new Map<FeedItem, Date>();
  const fetched: SourceFetch[] = [];
  const failures: string[] = [];
  for (const outcome of read) {
    if ("failure" in outcome) {
      failures.push(named(nameOf(outcome.source, ""), outcome.failure));
      continue;
    }
    const { source, resolved } = outcome;
    if (resolved.kind !== "feed") {
      failures.push(
        named(
          nameOf(source, ""),
          `${hostOf(resolved.url)}: an article, not a feed; broadsheet unfollow ${source.url}`,
        ),
      );
      continue;
    }
    const name = nameOf(source, resolved.title);
    for (const item of resolved.items) {
      items.push(item);
      names.set(item, name);
      fetchedAt.set(item, new Date(resolved.fetchedMs));
    }
    fetched.push({
      name,
      items: resolved.items.length,
      facts: { ...resolved, elapsedMs: outcome.elapsedMs },
    });
  }
  const notes = [...fetchSummary(fetched, elapsedMs), ...failures];
  const library = remoteLibrarySource(items, {
    sourceName: (item) => names.get(item),
    sectionFirst: "source",
    feedFetchedAt: (item) => fetchedAt.get(item),
    fetch,
    readRecord,
    onWarning: (line) => io.errLine(`broadsheet: ${line}`),
  });
  return { source: { kind: "library", library, source: "following", notes }, library };
}
