import { Worker } from "node:worker_threads";
import type { ContentIndex } from "./content-index.js";
import {
  matchingSentence,
  RANK_LISTED,
  type RankedRow,
  rankListed,
  SNIPPET_OF,
  searchQuery,
} from "./library-queries.js";

/**
 * The thread that ranks: it opens the index file read-only with the driver it is given and
 * answers each `{ query, limit, sentences }` with the rows, the first `sentences` of them with
 * the passage that matched (no rows when the query failed). Kept as text, since
 * the command runs from one bundled file.
 */
const RANKING_THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma("cache_size = -" + workerData.cacheKib);
const rank = db.prepare(workerData.rank);
const snippet = db.prepare(workerData.snippet).pluck();
parentPort.on("message", ({ query, limit, sentences }) => {
  let rows;
  try {
    rows = rank.all(query, limit);
    for (const row of rows.slice(0, sentences)) row.snippet = snippet.get(query, row.rowid) ?? "";
  } catch {
    rows = undefined;
  }
  parentPort.postMessage({ rows });
});
`;

/** The index's pages the thread keeps in memory, in KiB: a search reads its matches once. */
const THREAD_CACHE_KIB = 2048;

/**
 * The thread's heap, in MB: it holds one search's rows at a time. Past it the thread ends and
 * searches are ranked on the caller's thread.
 */
const THREAD_LIMITS = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 };

interface Asked {
  typed: string;
  query: string;
  limit: number;
  sentences: number;
  answer(rows: RankedRow[] | undefined): void;
}

/** Where the SQLite driver is, when this code can say (run as CommonJS, as the bundle is). */
export function driverPath(): string | undefined {
  try {
    return typeof require === "function" ? require.resolve("better-sqlite3") : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ranks full-text search hits on a thread of its own, so that typing never waits for BM25
 * over every match of a short word (a tenth of a second and more on 100,000 articles). One
 * search runs at a time; of those asked meanwhile only the last runs, the others answer
 * undefined. Where no thread can be started (an index held in memory, no driver path), or
 * the thread fails, it ranks on the caller's thread; so it does a search the thread could not
 * run.
 */
export class LibrarySearcher {
  readonly #index: ContentIndex;
  #worker: Worker | undefined;
  #running: Asked | undefined;
  #waiting: Asked | undefined;

  /** `driver` is the path of better-sqlite3 for the thread to load; by default {@link driverPath}. */
  constructor(index: ContentIndex, driver: string | undefined = driverPath()) {
    this.#index = index;
    const file = index.location;
    if (driver === undefined || file === undefined) return;
    try {
      this.#worker = new Worker(RANKING_THREAD, {
        eval: true,
        workerData: {
          driver,
          file,
          rank: RANK_LISTED,
          snippet: SNIPPET_OF,
          cacheKib: THREAD_CACHE_KIB,
        },
        resourceLimits: THREAD_LIMITS,
      });
    } catch {
      return;
    }
    this.#worker.unref();
    this.#worker.on("message", (message: { rows?: (RankedRow & { snippet?: string })[] }) => {
      const done = this.#running;
      this.#running = undefined;
      const rows = message.rows?.map(({ snippet, ...row }) =>
        snippet === undefined ? row : { ...row, sentence: matchingSentence(snippet) },
      );
      if (done) done.answer(rows ?? this.#rankHere(done));
      this.#next();
    });
    this.#worker.on("error", () => {
      this.#worker = undefined;
      for (const asked of [this.#running, this.#waiting])
        asked?.answer(asked && this.#rankHere(asked));
      this.#running = undefined;
      this.#waiting = undefined;
    });
  }

  /** Whether ranking runs on a thread of its own (else {@link rank} answers at once). */
  get threaded(): boolean {
    return this.#worker !== undefined;
  }

  /**
   * The best `limit` hits for what was typed, best first, the first `sentences` of them with
   * the sentence that matched when ranked on the thread; undefined when a later search came
   * first.
   */
  rank(typed: string, limit: number, sentences = 0): Promise<RankedRow[] | undefined> {
    const query = searchQuery(typed);
    if (query === undefined) return Promise.resolve([]);
    const asked = { typed, query, limit: Math.max(0, limit), sentences };
    if (!this.#worker) return Promise.resolve(this.#rankHere(asked));
    return new Promise((answer) => {
      this.#waiting?.answer(undefined);
      this.#waiting = { ...asked, answer };
      if (!this.#running) this.#next();
    });
  }

  /** Stops the thread. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #rankHere(asked: Omit<Asked, "answer">): RankedRow[] {
    return rankListed(this.#index, asked.typed, asked.limit);
  }

  #next(): void {
    const asked = this.#waiting;
    if (!asked || !this.#worker) return;
    this.#waiting = undefined;
    this.#running = asked;
    const { query, limit, sentences } = asked;
    this.#worker.postMessage({ query, limit, sentences });
  }
}
