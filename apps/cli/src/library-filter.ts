import { type ContentIndex, countListed } from "@broadsheet/content";

/** Texts read from the index between yields to the event loop: a couple of milliseconds. */
const CHUNK = 1024;

/** Answers kept for the filters typed last: typing on narrows one, erasing finds one again. */
const RECENT = 16;

/**
 * The filter's words: lower-cased, split at spaces (as the index's queries split them), each
 * once, longest first (it is in the fewest texts, and the others are looked for in those).
 */
function filterWords(filter: string): string[] {
  const words = new Set(filter.toLocaleLowerCase().split(/\s+/).filter(Boolean));
  return [...words].sort((a, b) => b.length - a.length);
}

/**
 * The next texts of listed articles after a row of the index, in the order the rows are stored
 * (read in position order, each row is a lookup of its own and the pages are read again and
 * again: twice the time on 100,000 articles).
 */
const ROWS = `SELECT rowid, position, haystack FROM files WHERE rowid > ? AND listed = 1
  ORDER BY rowid LIMIT ?`;

/**
 * The library's filter held in memory: each listed article's filter text (headline, section,
 * kicker, slug, authors; two hundred-odd characters), by position in the library's order, read
 * from the index between keypresses a chunk at a time. A keypress searches memory instead of
 * scanning the index; one that comes before the texts are all read reads the rest at once
 * (where scanning the index costs a pass over every row for the count and another for the page,
 * at every key). Typing on narrows an earlier answer, and erasing finds the answer kept for
 * that filter.
 */
export class LibraryFilter {
  readonly #index: ContentIndex;
  /** Reads the texts after a row of the index, as `[rowid, position, text]` rows. */
  #select: ((after: number) => [number, number, string | null][]) | undefined;
  #haystacks: string[] = [];
  /** How many listed articles there are, once the first chunk is read. */
  #total: number | undefined;
  /** The last row of the index read. */
  #after = 0;
  /** Whether every text is read. */
  #done = false;
  #loading: Promise<void> | undefined;
  /** Raised by {@link stop} and {@link reload}: a load of an earlier generation gives up. */
  #generation = 0;
  /** The answers of the filters typed last, the latest last. */
  #recent = new Map<string, Int32Array>();

  readonly #chunk: number;

  /** `chunk` is how many texts are read between yields ({@link CHUNK} unless told). */
  constructor(index: ContentIndex, { chunk = CHUNK }: { chunk?: number } = {}) {
    this.#index = index;
    this.#chunk = chunk;
  }

  /** Whether every filter text is in memory. */
  get ready(): boolean {
    return this.#done;
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
    const kept = this.#recent.get(filter);
    if (kept) {
      this.#recent.delete(filter);
      this.#recent.set(filter, kept);
      return kept;
    }
    const words = filterWords(filter);
    const haystacks = this.#haystacks;
    const holds = (position: number) => {
      const haystack = haystacks[position] as string;
      for (const word of words) if (!haystack.includes(word)) return false;
      return true;
    };
    const found: number[] = [];
    const narrowed = this.#narrowest(filter);
    if (narrowed) {
      for (const position of narrowed) if (holds(position)) found.push(position);
    } else {
      for (let position = 0; position < haystacks.length; position++) {
        if (holds(position)) found.push(position);
      }
    }
    const positions = Int32Array.from(found);
    this.#recent.set(filter, positions);
    if (this.#recent.size > RECENT) this.#recent.delete(this.#recent.keys().next().value as string);
    return positions;
  }

  /** The smallest answer kept for a filter that `filter` extends (so holds all of its answer). */
  #narrowest(filter: string): Int32Array | undefined {
    let narrowest: Int32Array | undefined;
    for (const [earlier, positions] of this.#recent) {
      if (filter.startsWith(earlier) && (!narrowest || positions.length < narrowest.length)) {
        narrowest = positions;
      }
    }
    return narrowest;
  }

  #reset(): void {
    this.#generation++;
    this.#loading = undefined;
    this.#haystacks = [];
    this.#total = undefined;
    this.#after = 0;
    this.#done = false;
    this.#recent.clear();
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
      const rows = this.#index.database.prepare(ROWS).raw();
      this.#select = (after) => rows.all(after, this.#chunk) as [number, number, string | null][];
    }
    const rows = this.#select(this.#after);
    for (const [, position, text] of rows) {
      if (position < this.#total) this.#haystacks[position] = text ?? "";
    }
    const last = rows.at(-1);
    if (last) this.#after = last[0];
    if (rows.length < this.#chunk) this.#done = true;
  }
}
