import { readFile } from "node:fs/promises";
import {
  followAll,
  importOpml,
  listFollowed,
  type SourceToFollow,
  unfollow,
  writeOpml,
} from "@broadsheet/remote";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import type { Io } from "../io.js";
import { remoteCliError } from "./remote-cli-error.js";
import { fetchOptionsOf, followFileOf } from "./remote-files.js";
import { hostOf } from "./remote-read-error.js";
import { resolveUrl } from "./resolve-url.js";

/** Options of `broadsheet follow`. */
export interface FollowOptions {
  title?: string;
  /** False with `--no-fetch`: follow the address as given. */
  fetch?: boolean;
  offline?: boolean;
  import?: string;
  export?: boolean;
}

/**
 * The feed to follow for an address: the address itself when it is a feed, else the first feed
 * its page announces (read, for its title and home page).
 */
async function feedToFollow(url: string, options: FollowOptions, io: Io): Promise<SourceToFollow> {
  const fetch = fetchOptionsOf(io.env, options.offline === true);
  try {
    const resolved = await resolveUrl(url, fetch);
    if (resolved.kind === "feed") {
      return {
        url: resolved.url,
        title: options.title ?? resolved.title,
        siteUrl: resolved.homePage,
      };
    }
    const [first] = resolved.feeds;
    if (first === undefined) {
      throw new CliError(
        `${hostOf(resolved.url)}: this page announces no feed to follow; give the feed's address, or follow the page as it is with --no-fetch`,
        ExitCode.invalid,
      );
    }
    const feed = await resolveUrl(first.url, fetch);
    const title = options.title ?? (feed.kind === "feed" ? feed.title : first.title);
    return { url: feed.url, title, siteUrl: feed.kind === "feed" ? feed.homePage : undefined };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw remoteCliError(error, url);
  }
}

async function followOne(url: string, options: FollowOptions, io: Io): Promise<number> {
  const source: SourceToFollow =
    options.fetch === false ? { url, title: options.title } : await feedToFollow(url, options, io);
  try {
    const { added } = await followAll([source], { file: followFileOf(io.env) });
    const list = await listFollowed({ file: followFileOf(io.env) });
    const followed =
      list.find((entry) => entry.url === source.url) ?? (added > 0 ? list.at(-1) : undefined);
    const name = followed?.title ?? source.title ?? hostOf(source.url);
    io.outLine(
      `${added > 0 ? "following" : "already following"} ${name} (${followed?.url ?? source.url})`,
    );
    return ExitCode.ok;
  } catch (error) {
    throw remoteCliError(error, url);
  }
}

async function importFile(path: string, io: Io): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a folder"
          : `cannot be read (${code})`;
    throw new CliError(
      `${path}: ${why}; give the OPML file your feed reader exported`,
      ExitCode.usage,
    );
  }
  try {
    const { added, already, warnings } = await importOpml(bytes, path, {
      file: followFileOf(io.env),
    });
    for (const warning of warnings) io.errLine(`broadsheet: ${path}: ${warning}`);
    io.outLine(
      `followed ${added} new source${added === 1 ? "" : "s"} from ${path}${already > 0 ? ` (${already} already followed)` : ""}`,
    );
    return ExitCode.ok;
  } catch (error) {
    throw remoteCliError(error, path);
  }
}

async function exportList(io: Io): Promise<number> {
  try {
    const sources = await listFollowed({ file: followFileOf(io.env) });
    io.data(writeOpml(sources, { title: "Broadsheet: following" }));
    return ExitCode.ok;
  } catch (error) {
    throw remoteCliError(error, followFileOf(io.env));
  }
}

/**
 * `broadsheet follow URL | --import FILE | --export`: follows a publication (the feed at the
 * address, or the first one its page announces; `--no-fetch` takes the address as given), every
 * feed of an OPML file, or prints the follow list as OPML. Returns the exit status; throws
 * {@link CliError} with one line for bad input or an address that gives no feed.
 */
export async function runFollow(
  url: string | undefined,
  options: FollowOptions,
  io: Io,
): Promise<number> {
  const asked = [url !== undefined, options.import !== undefined, options.export === true];
  if (asked.filter(Boolean).length !== 1) {
    throw new CliError(
      "give one of: an address to follow, --import FILE or --export; see 'broadsheet follow --help'",
      ExitCode.usage,
    );
  }
  if (options.import !== undefined) return importFile(options.import, io);
  if (options.export === true) return exportList(io);
  return followOne(url as string, options, io);
}

/** `broadsheet unfollow URL`: stops following an address; a usage error when it was not followed. */
export async function runUnfollow(url: string, io: Io): Promise<number> {
  let removed: boolean;
  try {
    removed = await unfollow(url, { file: followFileOf(io.env) });
  } catch (error) {
    throw remoteCliError(error, url);
  }
  if (!removed) {
    throw new CliError(
      `${url}: not followed; 'broadsheet following' lists the addresses followed`,
      ExitCode.usage,
    );
  }
  io.outLine(`no longer following ${url}`);
  return ExitCode.ok;
}

/** `broadsheet following`: the publications followed, one a line: name, then address. */
export async function runFollowing(io: Io): Promise<number> {
  let sources: Awaited<ReturnType<typeof listFollowed>>;
  try {
    sources = await listFollowed({ file: followFileOf(io.env) });
  } catch (error) {
    throw remoteCliError(error, followFileOf(io.env));
  }
  if (sources.length === 0) {
    io.errLine("broadsheet: following nothing yet; broadsheet follow <url> follows a site or feed");
  }
  for (const source of sources) io.outLine(`${source.title ?? hostOf(source.url)}  ${source.url}`);
  return ExitCode.ok;
}
