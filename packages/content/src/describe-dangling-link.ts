import { lstat, readlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ContentError } from "./content-error.js";

const MAX_HOPS = 40;

/**
 * When `file` is a symbolic link (or a chain of them) that ends at nothing, the error saying so,
 * naming what the link points to and, for a chain, the path that is missing. Undefined when
 * `file` is not a dangling link.
 */
export async function describeDanglingLink(file: string): Promise<ContentError | undefined> {
  let current = file;
  let first: string | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    let isLink: boolean;
    try {
      isLink = (await lstat(current)).isSymbolicLink();
    } catch {
      if (first === undefined) return undefined;
      const leads = resolve(dirname(file), first) === current ? "" : `, which leads to ${current}`;
      return {
        file,
        code: "not-found",
        message: `is a symbolic link to ${first}${leads}, which does not exist; fix or remove the link`,
      };
    }
    if (!isLink) return undefined;
    const target = await readlink(current).catch(() => undefined);
    if (target === undefined) return undefined;
    first ??= target;
    current = resolve(dirname(current), target);
  }
  return undefined;
}
