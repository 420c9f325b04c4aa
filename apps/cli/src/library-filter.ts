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
 * from the index in chunks between keypresses. A keypress filters strings instead of scanning
 * the index; one that comes before the texts are all read reads the rest at once (a single
 * pass over the texts, where scanning the index costs a pass over every row for the count and
 * another for the page, at every key), and typing on narrows the last answer instead of
 * starting again.
 */
export class LibraryFilter {
  readonly #index: ContentIndex;
  /** Reads the texts of positions `start` to `end` (not included), as `[position, text]` rows. */
  #select: ((start: number, end: number) => [number, string][]) | undefined;
  #haystacks: string[] = [];
  /** How many listed articles there are, once the first chunk is read. */
  #total: number | undefined;
  /** The next position to read. */
  #next = 0;
  #loading: Promise<void> | undefined;
  /** Raised by {@link stop} and {@link reload}: a load of an earlier generation gives up. */
  #generation = 0;
  #last: { filter: string; positions: Int32Array } | undefined;

  constructor(index: ContentIndex) {
    this.#index = index;
  }

  /** Whether every filter text is in memory. */
  get ready(): boolean {
    return this.#total !== undefined && this.#next >= this.#total;
  }

  /**
   * Reads the filter texts, a chunk at a time between yields to the event loop. Calls made
   * while a load is under way, or after it is done, answer with the same load.
   */
  load(): Promise<void> {
    this.#loading ??= this.#readAll(this.#generation);
    return this.#loading;
  }

  /** Drops the texts read (the index changed) and reads them again. */
  reload(): Promise<void> {
    this.#reset();
    return this.load();
  }

  /** Stops a load under way (at its next yield); the texts read so far are dropped. */
  stop(): void {
    this.#reset();
  }

  /**
   * The positions of the articles holding every word of `filter`. Texts not read yet are read
   * first, at once.
   */
  positions(filter: string): Int32Array {
    while (!this.ready) this.#readChunk();
    if (this.#last?.filter === filter) return this.#last.positions;
    const haystacks = this.#haystacks;
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

  #reset(): void {
    this.#generation++;
    this.#loading = undefined;
    this.#haystacks = [];
    this.#total = undefined;
    this.#next = 0;
    this.#last = undefined;
  }

  async #readAll(generation: number): Promise<void> {
    while (!this.ready) {
      await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.#generation) return;
      this.#readChunk();
    }
  }

  /** Reads the next chunk of texts (the count of listed articles first). */
  #readChunk(): void {
    if (this.#total === undefined) {
      this.#total = countListed(this.#index);
      this.#haystacks = new Array<string>(this.#total).fill("");
    }
    if (!this.#select) {
      const select = this.#index.database
        .prepare(
          "SELECT position, haystack FROM files WHERE listed = 1 AND position >= ? AND position < ?",
        )
        .raw();
      this.#select = (start, end) => select.all(start, end) as [number, string][];
    }
    const start = this.#next;
    const end = Math.min(start + CHUNK, this.#total);
    for (const [position, haystack] of this.#select(start, end)) {
      this.#haystacks[position] = haystack;
    }
    this.#next = end;
  }
}
