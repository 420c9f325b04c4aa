import { type FollowListOptions, followAll } from "./follow-list.js";
import { readOpml } from "./read-opml.js";

/**
 * Follows every feed of an OPML file in one write of the follow list (`broadsheet follow
 * --import subscriptions.opml`).
 *
 * @param input - the file's bytes or text
 * @param fileName - named in errors
 * @returns how many feeds were added, how many were followed already, and what was left out
 * @throws RemoteError (`opml`) when the file is not OPML; (`damaged-file`) when the list is
 */
export async function importOpml(
  input: Uint8Array | string,
  fileName: string,
  options: FollowListOptions = {},
): Promise<{ added: number; already: number; warnings: string[] }> {
  const { feeds, warnings } = readOpml(input, fileName);
  const { added, already } = await followAll(feeds, options);
  return { added, already, warnings };
}
