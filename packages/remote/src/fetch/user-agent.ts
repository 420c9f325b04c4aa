/**
 * The User-Agent of a Broadsheet of this version: a polite client names itself and its version,
 * so that a site can tell who reads it.
 */
export function userAgentOf(version: string): string {
  return `Broadsheet/${version} (terminal news reader)`;
}

/** The User-Agent sent when the caller names no version of its own. */
export const USER_AGENT = "Broadsheet (terminal news reader)";
