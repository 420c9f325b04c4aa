import { type ContentIndex, countListed } from "@broadsheet/content";

/** Positions read from the index between yields to the event loop: a couple of milliseconds. */
const CHUNK = 1024;

/** The filter's words: lower-cased, split at spaces (as the index's queries split them). */
function filterWords(filter: string): string[] {
  return filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * The library's filter held in memory: each listed article's filter text (headline, section,
 * kicker, slug, authors; a hundred-odd characters), by position in the library's order, read
 * from the index in chunks after the first screen. A keypress then filters strings instead of
 * scanning the index, and typing on narrows the last answer instead of starting again.
 */
export class LibraryFilter {
  readonly #index: ContentIndex;
  #haystacks: string[] | undefined;
  #loading = 0;
  #last: { filter: string; positions: Int32Array } | undefined;

  constructor(index: ContentIndex) {
    this.#index = index;
  }

  /** Whether the filter texts are in memory. */
  get ready(): boolean {
    return this.#haystacks !== undefined;
  }

  /**
   * Reads the filter texts, a chunk at a time between yields to the event loop; a later call
   * (the index changed) starts again.
   */
  async load(): Promise<void> {
    const run = ++this.#loading;
    this.#haystacks = undefined;
    this.#last = undefined;
    const select = this.#index.database
      .prepare(
        "SELECT position, haystack FROM files WHERE listed = 1 AND position >= ? AND position < ?",
      )
      .raw();
    const total = countListed(this.#index);
    const haystacks = new Array<string>(total).fill("");
    for (let start = 0; start < total; start += CHUNK) {
      await new Promise((resolve) => setImmediate(resolve));
      if (run !== this.#loading) return;
      for (const [position, haystack] of select.all(start, start + CHUNK) as [number, string][]) {
        haystacks[position] = haystack;
      }
    }
    this.#haystacks = haystacks;
  }

  /** Stops a load under way (at its next yield); the texts read so far are dropped. */
  stop(): void {
    this.#loading++;
  }

  /** The positions of the articles holding every word of `filter`, or undefined until loaded. */
  positions(filter: string): Int32Array | undefined {
    const haystacks = this.#haystacks;
    if (!haystacks) return undefined;
    if (this.#last?.filter === filter) return this.#last.positions;
    const words = filterWords(filter);
    const previous =
      this.#last && filter.startsWith(this.#last.filter) ? this.#last.positions : undefined;
    const found: number[] = [];
    const test = (position: number) => {
      const haystack = haystacks[position] as string;
      if (words.every((word) => haystack.includes(word))) found.push(position);
    };
    if (previous) for (const position of previous) test(position);
    else for (let position = 0; position < haystacks.length; position++) test(position);
    const positions = Int32Array.from(found);
    this.#last = { filter, positions };
    return positions;
  }
}
