import type { ReaderSource } from "@broadsheet/reader/options";
import type { FetchOptions } from "@broadsheet/remote";
import { ReadRecord } from "@broadsheet/remote";
import type { Io } from "../io.js";
import { fetchNote } from "./fetch-note.js";
import type { FetchProgress } from "./fetch-progress.js";
import { ORIGIN_NAMES, type RemoteArticle } from "./remote-article.js";
import { remoteCliError } from "./remote-cli-error.js";
import { fetchOptionsOf, readRecordFileOf } from "./remote-files.js";
import { type RemoteLibrary, remoteLibrarySource } from "./remote-library-source.js";
import { hostOf } from "./remote-read-error.js";
import { resolveUrl } from "./resolve-url.js";

/** What `broadsheet read <url>` shows: an article, or the library of a feed's items. */
export type RemoteReading =
  | {
      kind: "article";
      source: ReaderSource & { kind: "article" };
      remote: RemoteArticle;
      notes: string[];
    }
  | { kind: "library"; source: ReaderSource & { kind: "library" }; library: RemoteLibrary };

/**
 * What reading from the web needs of the command: its streams and environment, `--offline`, and
 * where to say what is being fetched before the first screen.
 */
export interface RemoteReadContext {
  io: Io;
  offline?: boolean | undefined;
  progress?: FetchProgress | undefined;
}

/** The notes of an article read from the web: where it came from, and each better source given up. */
export function articleNotes(remote: RemoteArticle): string[] {
  return [
    `read from ${ORIGIN_NAMES[remote.from]}${remote.url ? ` (${remote.url})` : ""}`,
    ...remote.warnings.map((warning) => `not from ${warning}`),
  ];
}

/** The read record under the environment's XDG state folder, a damaged one a one-line CLI error. */
async function openReadRecord(io: Io): Promise<ReadRecord> {
  const file = readRecordFileOf(io.env);
  try {
    return await ReadRecord.open({ file });
  } catch (error) {
    throw remoteCliError(error, file);
  }
}

/**
 * Reads a web address for `broadsheet read <url>`: a feed, or a site's first feed, as a library
 * of its items (unread marked in the read record, each opened from its best source); an article
 * page through its Markdown alternate, else its main text. Fetches through the cache under
 * `$XDG_CACHE_HOME` (the cache only with `offline`), saying so on `context.progress`; the
 * library's first note says how long the feed took and whether the cache served it.
 *
 * @throws CliError with one line (host, what went wrong, what to try): exit status 2 for an
 * address that is not http(s), 1 for one that gives nothing to read
 */
export async function readRemote(url: string, context: RemoteReadContext): Promise<RemoteReading> {
  const fetch: FetchOptions = fetchOptionsOf(context.io.env, context.offline === true);
  let resolved: Awaited<ReturnType<typeof resolveUrl>>;
  context.progress?.update(
    `${context.offline ? "reading the copy of" : "fetching"} ${hostOf(url)}`,
  );
  const started = performance.now();
  try {
    resolved = await resolveUrl(url, fetch);
  } catch (error) {
    throw remoteCliError(error, url);
  }
  const elapsedMs = performance.now() - started;
  if (resolved.kind === "article") {
    const remote = resolved.article;
    return {
      kind: "article",
      source: { kind: "article", article: remote.article },
      remote,
      notes: articleNotes(remote),
    };
  }
  const readRecord = await openReadRecord(context.io);
  const library = remoteLibrarySource(resolved.items, {
    sourceName: resolved.title,
    feedFetchedAt: new Date(resolved.fetchedMs),
    fetch,
    readRecord,
    onWarning: (line) => context.io.errLine(`broadsheet: ${line}`),
  });
  const name = resolved.title || hostOf(resolved.url);
  const notes = [
    fetchNote(name, resolved.items.length, { ...resolved, elapsedMs }),
    ...resolved.warnings,
  ];
  return {
    kind: "library",
    source: { kind: "library", library, source: resolved.url, notes },
    library,
  };
}

/**
 * A library printed as a list (stdout not a terminal): one item a line, newest first, its date,
 * section, headline and whether it is unread; each line sanitised as every record is.
 */
export function printRemoteListing(library: RemoteLibrary, io: Io): void {
  const total = library.count("");
  for (const entry of library.page("", 0, total)) {
    const mark = library.unread(entry.key) ? "*" : " ";
    const url = library.item(entry.key)?.url ?? "";
    io.outLine(`${mark} ${entry.date || "undated"}  ${entry.section}  ${entry.headline}  ${url}`);
  }
}
