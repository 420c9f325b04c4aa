import type { ContentError } from "@broadsheet/content";

/** What an exported article takes: its slug, its id, and its output file name. */
export interface ExportClaim {
  file: string;
  slug: string;
  id: string;
  /** The output file's name (not its path), or undefined when printing to stdout. */
  name?: string | undefined;
}

/**
 * A copy of `text` that shares no memory with the string it came from. A slug read from a file
 * can be a slice of the whole file's text, and keeping the slice would keep the file: 10,000
 * articles would hold 10,000 sources in memory.
 */
function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** Names that one case-insensitive, normalizing file system (macOS, Windows) stores as one file. */
function sameFileKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/**
 * Remembers, for a batch export, which source file took each slug, id and output file name, so
 * a later article that repeats one is refused with an error naming both files (the first one
 * wins, as in `validate`). Output names are compared as a case-insensitive file system would
 * compare them. Only names are kept, never an article or its Markdown, so a batch of any size
 * costs a few short strings per article.
 */
export class ExportClaims {
  readonly #slugs = new Map<string, string>();
  readonly #ids = new Map<string, string>();
  readonly #names = new Map<string, string>();

  /** Takes the claim's slug, id and name, or returns why it cannot (and takes nothing). */
  claim({ file, slug, id, name }: ExportClaim, target?: string): ContentError | undefined {
    const slugOwner = this.#slugs.get(slug);
    if (slugOwner !== undefined) {
      return {
        file,
        path: "slug",
        code: "duplicate",
        message: `"${slug}" is also the slug of ${slugOwner}; give one of them another slug`,
      };
    }
    const idOwner = this.#ids.get(id);
    if (idOwner !== undefined) {
      return {
        file,
        path: "id",
        code: "duplicate",
        message: `"${id}" is also the id of ${idOwner}; give one of them another id`,
      };
    }
    const nameKey = name === undefined ? undefined : sameFileKey(name);
    const nameOwner = nameKey === undefined ? undefined : this.#names.get(nameKey);
    if (nameOwner !== undefined) {
      return {
        file,
        code: "duplicate",
        message: `would be written to ${target ?? name}, as ${nameOwner} is; give one of them another slug`,
      };
    }
    const owner = detached(file);
    this.#slugs.set(detached(slug), owner);
    this.#ids.set(detached(id), owner);
    if (nameKey !== undefined) this.#names.set(detached(nameKey), owner);
    return undefined;
  }
}
