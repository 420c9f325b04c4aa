import { writeFileAtomic } from "../files/atomic-write.js";
import { serialized } from "../files/file-lock.js";
import { defaultFollowFile } from "../files/paths.js";
import { readJsonFile } from "../files/read-json-file.js";
import { RemoteError } from "../remote-error.js";
import { cleanTitle } from "./clean-title.js";
import { feedUrlOf } from "./feed-url.js";
import type { FollowedSource, SourceToFollow } from "./followed-source.js";

/** Where the follow list is kept. */
export interface FollowListOptions {
  /** The file (default `$XDG_CONFIG_HOME/broadsheet/following.json`). */
  file?: string;
}

interface StoredSource {
  url: string;
  title?: string;
  siteUrl?: string;
  addedAt: string;
}

const WHAT = "the follow list";

function checkEntry(value: unknown, index: number): StoredSource | string {
  const where = `entry ${index + 1} of "following"`;
  if (typeof value !== "object" || value === null) return `${where} is not an object`;
  const entry = value as Record<string, unknown>;
  if (typeof entry.url !== "string") return `${where} has no "url"`;
  const feed = feedUrlOf(entry.url);
  if (!("url" in feed)) return `${where} has a "url" that is not an http(s) address`;
  if (entry.title !== undefined && typeof entry.title !== "string") {
    return `${where} has a "title" that is not text`;
  }
  if (entry.siteUrl !== undefined && siteUrlOf(entry.siteUrl) === undefined) {
    return `${where} has a "siteUrl" that is not an http(s) address`;
  }
  if (typeof entry.addedAt !== "string" || Number.isNaN(Date.parse(entry.addedAt))) {
    return `${where} has no "addedAt" date`;
  }
  return {
    url: feed.url,
    title: entry.title as string | undefined,
    siteUrl: siteUrlOf(entry.siteUrl),
    addedAt: entry.addedAt,
  };
}

function siteUrlOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const site = feedUrlOf(value);
  return "url" in site ? site.url : undefined;
}

function checkList(value: unknown): StoredSource[] | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return 'it is not an object with "version" and "following"';
  }
  const list = value as Record<string, unknown>;
  if (list.version !== 1) return `its "version" is ${JSON.stringify(list.version)}, not 1`;
  if (!Array.isArray(list.following)) return 'its "following" is not a list';
  const entries: StoredSource[] = [];
  for (const [index, item] of list.following.entries()) {
    const entry = checkEntry(item, index);
    if (typeof entry === "string") return entry;
    entries.push(entry);
  }
  return entries;
}

function toSource(entry: StoredSource): FollowedSource {
  const source: FollowedSource = { url: entry.url, addedAt: new Date(entry.addedAt) };
  const title = cleanTitle(entry.title);
  if (title !== undefined) source.title = title;
  if (entry.siteUrl !== undefined) source.siteUrl = entry.siteUrl;
  return source;
}

function toStored(source: FollowedSource): StoredSource {
  return {
    url: source.url,
    ...(source.title === undefined ? {} : { title: source.title }),
    ...(source.siteUrl === undefined ? {} : { siteUrl: source.siteUrl }),
    addedAt: source.addedAt.toISOString(),
  };
}

async function load(file: string): Promise<FollowedSource[]> {
  const entries = (await readJsonFile(file, WHAT, checkList)) ?? [];
  return entries.map(toSource);
}

async function save(file: string, sources: FollowedSource[]): Promise<void> {
  const list = { version: 1, following: sources.map(toStored) };
  await writeFileAtomic(file, `${JSON.stringify(list, null, 2)}\n`);
}

function refusal(refused: string): string {
  if (refused === "") return "not a web address";
  if (refused === "credentials") return "an address with a user name or password";
  return `a ${refused} address`;
}

function checkedUrl(address: string): string {
  const feed = feedUrlOf(address);
  if ("url" in feed) return feed.url;
  throw new RemoteError(
    "scheme",
    `${refusal(feed.refused)} cannot be followed: give an http:// or https:// feed or page address`,
  );
}

/**
 * The publications followed, in the order they were followed.
 *
 * @throws RemoteError (`damaged-file`) naming the file when it is not a follow list
 */
export async function listFollowed(options: FollowListOptions = {}): Promise<FollowedSource[]> {
  return load(options.file ?? defaultFollowFile());
}

/**
 * Adds sources to the follow list in one write: an address already followed is kept where it
 * is (given a title when it had none). Each address is checked as {@link follow} checks one.
 *
 * @returns how many were added, and how many were followed already (duplicates among `sources`
 * count once)
 */
export async function followAll(
  sources: readonly SourceToFollow[],
  options: FollowListOptions = {},
): Promise<{ added: number; already: number }> {
  const file = options.file ?? defaultFollowFile();
  const checked = sources.map((wanted) => ({
    url: checkedUrl(wanted.url),
    title: wanted.title,
    siteUrl: siteUrlOf(wanted.siteUrl),
  }));
  return serialized(file, () => addAll(file, checked));
}

async function addAll(
  file: string,
  sources: readonly SourceToFollow[],
): Promise<{ added: number; already: number }> {
  const list = await load(file);
  const byUrl = new Map(list.map((source) => [source.url, source]));
  const now = new Date();
  let added = 0;
  let already = 0;
  for (const wanted of sources) {
    const url = wanted.url;
    const title = cleanTitle(wanted.title);
    const existing = byUrl.get(url);
    if (existing !== undefined) {
      already++;
      if (existing.title === undefined && title !== undefined) existing.title = title;
      if (existing.siteUrl === undefined && wanted.siteUrl !== undefined) {
        existing.siteUrl = wanted.siteUrl;
      }
      continue;
    }
    const source: FollowedSource = { url, addedAt: now };
    if (title !== undefined) source.title = title;
    if (wanted.siteUrl !== undefined) source.siteUrl = wanted.siteUrl;
    byUrl.set(url, source);
    list.push(source);
    added++;
  }
  await save(file, list);
  return { added, already };
}

/**
 * Follows a publication: its feed or page address, and a title to show. Following an address
 * already on the list changes only its title, when one is given.
 *
 * @throws RemoteError (`scheme`) for an address that is not http(s); (`damaged-file`) when the
 * list cannot be read
 */
export async function follow(
  url: string,
  title?: string,
  options: FollowListOptions = {},
): Promise<{ source: FollowedSource; added: boolean }> {
  const file = options.file ?? defaultFollowFile();
  const checked = checkedUrl(url);
  const clean = cleanTitle(title);
  return serialized(file, async () => {
    const list = await load(file);
    let source = list.find((entry) => entry.url === checked);
    const added = source === undefined;
    if (source === undefined) {
      source = { url: checked, addedAt: new Date() };
      list.push(source);
    }
    if (clean !== undefined) source.title = clean;
    await save(file, list);
    return { source, added };
  });
}

/**
 * Stops following an address (compared as {@link follow} writes it).
 *
 * @returns whether it was on the list
 */
export async function unfollow(url: string, options: FollowListOptions = {}): Promise<boolean> {
  const file = options.file ?? defaultFollowFile();
  const feed = feedUrlOf(url);
  return serialized(file, async () => {
    const list = await load(file);
    const kept = list.filter((entry) => !("url" in feed) || entry.url !== feed.url);
    if (kept.length === list.length) return false;
    await save(file, kept);
    return true;
  });
}
