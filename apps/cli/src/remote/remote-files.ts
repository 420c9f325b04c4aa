import { join } from "node:path";
import { broadsheetDir, type FetchOptions, userAgentOf } from "@broadsheet/remote";
import { VERSION } from "../version.js";

type Env = Readonly<Record<string, string | undefined>>;

/** `$XDG_CONFIG_HOME/broadsheet/following.json` as `env` sets it: the follow list. */
export function followFileOf(env: Env): string {
  return join(broadsheetDir("XDG_CONFIG_HOME", env), "following.json");
}

/** `$XDG_STATE_HOME/broadsheet/read.json` as `env` sets it: the items read. */
export function readRecordFileOf(env: Env): string {
  return join(broadsheetDir("XDG_STATE_HOME", env), "read.json");
}

/** `$XDG_CACHE_HOME/broadsheet/http` as `env` sets it: the cached responses. */
export function cacheDirOf(env: Env): string {
  return join(broadsheetDir("XDG_CACHE_HOME", env), "http");
}

/**
 * The fetch options of a command: the cache under `env`'s XDG folders, the User-Agent naming
 * this command's version, and `offline` (the cache only) when asked for.
 */
export function fetchOptionsOf(env: Env, offline = false): FetchOptions {
  return { cacheDir: cacheDirOf(env), userAgent: userAgentOf(VERSION), offline };
}
