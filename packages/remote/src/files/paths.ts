import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

type XdgVariable = "XDG_CACHE_HOME" | "XDG_CONFIG_HOME" | "XDG_STATE_HOME";

const XDG_DEFAULTS: Record<XdgVariable, readonly string[]> = {
  XDG_CACHE_HOME: [".cache"],
  XDG_CONFIG_HOME: [".config"],
  XDG_STATE_HOME: [".local", "state"],
};

/**
 * Broadsheet's folder under an XDG base directory: the variable when it is set to an absolute
 * path (the specification ignores a relative one), else its default under the home folder.
 */
export function broadsheetDir(variable: XdgVariable, env = process.env): string {
  const value = env[variable];
  const base =
    value !== undefined && isAbsolute(value) ? value : join(homedir(), ...XDG_DEFAULTS[variable]);
  return join(base, "broadsheet");
}

/** `$XDG_CACHE_HOME/broadsheet/http`: the cached responses. */
export function defaultCacheDir(): string {
  return join(broadsheetDir("XDG_CACHE_HOME"), "http");
}

/** `$XDG_CONFIG_HOME/broadsheet/following.json`: the follow list. */
export function defaultFollowFile(): string {
  return join(broadsheetDir("XDG_CONFIG_HOME"), "following.json");
}

/** `$XDG_STATE_HOME/broadsheet/read.json`: the items read. */
export function defaultReadFile(): string {
  return join(broadsheetDir("XDG_STATE_HOME"), "read.json");
}
