import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Article } from "@broadsheet/article";
import type Database from "better-sqlite3";
import { formatOfFile } from "../article-format.js";
import type { ContentError } from "../content-error.js";
import { loadArticleText } from "../load-article-file.js";
import { mapWithLimit } from "../map-with-limit.js";
import { readArticleText } from "../read-article-text.js";
import { articleFacts } from "./article-facts.js";
import { indexFileFor } from "./index-location.js";
import {
  type IndexDatabase,
  isCorruptionError,
  openIndexDatabase,
  reopenIndexDatabase,
} from "./open-index-database.js";
import { orderListed } from "./order-listed.js";
import { nowNs, type StatKey, statKey, unchangedSince } from "./stat-key.js";

/** How to open a content folder's index. */
export interface IndexOptions {
  /** Environment for `BROADSHEET_CACHE_DIR`; by default the process's. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Names the code that parses articles: an index written by other code is rebuilt. Give
   * something that changes with every build of that code.
   */
  codeVersion?: string;
  /** The index file; by default {@link indexFileFor} the folder; `false` keeps it in memory. */
  indexFile?: string | false;
}

/** One article file as the index knows it: valid (with what identifies it) or its errors. */
export type IndexedFile =
  | {
      ok: true;
      file: string;
      name: string;
      id: string;
      slug: string;
      headline: string;
      publishedMs: number | null;
      /** A hash of the file's text. */
      hash: string;
    }
  | { ok: false; file: string; name: string; errors: ContentError[] };

/**
 * What one export wrote for an article: the source's hash, the output file's name, size, times
 * and inode just after writing (as `fs.Stats` gives them in numbers, enough to see any change),
 * and the warnings it printed. Settings name the profile, options and output folder.
 */
export interface ExportRecord {
  hash: string;
  output: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  warnings: string;
}

/** What a refresh found: every file given, in order, and how much work it took. */
export interface RefreshReport {
  files: IndexedFile[];
  /** Files read and parsed because they were new or changed. */
  parsed: number;
  /** Files read and hashed whose text turned out unchanged (not parsed again). */
  rehashed: number;
}

/** How a refresh shares the thread. */
export interface RefreshOptions {
  /** Lets other work (a keypress) run after checking this many files, for a refresh in the background. */
  yieldEvery?: number;
  /** Checked where the refresh yields: when true, it stops there (what it wrote is kept). */
  stopped?: () => boolean;
}

/** The code version used when none is given. */
export const DEFAULT_CODE_VERSION = "content-1";

const FILES_AT_ONCE = 16;
const BATCH = 64;

interface StoredRow extends StatKey {
  name: string;
  hash: string;
  checkedNs: string;
  ok: number;
  errors: string | null;
  id: string | null;
  slug: string | null;
  headline: string | null;
  publishedMs: number | null;
}

type Outcome =
  | { kind: "same"; row: StoredRow }
  | { kind: "touched"; row: StoredRow; key: StatKey; checkedNs: string }
  | { kind: "parsed"; name: string; key: StatKey; checkedNs: string; hash: string; result: Parsed }
  | { kind: "unreadable"; name: string; errors: ContentError[] };

type Parsed = { ok: true; article: Article } | { ok: false; errors: ContentError[] };

function withoutFile(errors: readonly ContentError[]): Omit<ContentError, "file">[] {
  return errors.map(({ file: _file, ...rest }) => rest);
}

function hashText(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/**
 * A copy of `text` that shares no memory with the string it came from. What a parser reads from
 * a file can be a slice of the file's whole text, and a refresh keeps what identifies every
 * article: kept as slices, a cold refresh of 100,000 articles would hold all of their texts.
 */
function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

function indexedFile(file: string, row: StoredRow): IndexedFile {
  if (row.ok === 1) {
    return {
      ok: true,
      file,
      name: row.name,
      id: row.id ?? "",
      slug: row.slug ?? "",
      headline: row.headline ?? "",
      publishedMs: row.publishedMs,
      hash: row.hash,
    };
  }
  const stored = JSON.parse(row.errors ?? "[]") as Omit<ContentError, "file">[];
  return { ok: false, file, name: row.name, errors: stored.map((error) => ({ file, ...error })) };
}

/**
 * The index of one content folder, kept in SQLite outside the folder: for each article file
 * its size, times, inode and content hash, its validation errors or its validated article with
 * derived facts (reading time, word count, the library's order), and a full-text index of
 * headline, dek and body. A file whose metadata is unchanged is not read again; one whose text
 * hashes the same is not parsed again. Several processes may use one index at once.
 */
export class ContentIndex {
  readonly #codeVersion: string;
  #opened: IndexDatabase;
  #statements = new Map<string, Database.Statement>();

  private constructor(opened: IndexDatabase, codeVersion: string) {
    this.#opened = opened;
    this.#codeVersion = codeVersion;
  }

  /** Opens (or creates) the index of the folder `dir`. Never throws for the index's state. */
  static async open(dir: string, options: IndexOptions = {}): Promise<ContentIndex> {
    const codeVersion = options.codeVersion ?? DEFAULT_CODE_VERSION;
    const file =
      options.indexFile === false
        ? undefined
        : (options.indexFile ?? indexFileFor(dir, options.env));
    return new ContentIndex(await openIndexDatabase(file, codeVersion), codeVersion);
  }

  /** The index file, or undefined when the index is held in memory (the cache could not be written). */
  get location(): string | undefined {
    return this.#opened.file;
  }

  /** The database, for the queries of this package. */
  get database(): Database.Database {
    return this.#opened.db;
  }

  /** The statement for `sql`, prepared once per open database. */
  #statement(sql: string): Database.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Closes the database. */
  close(): void {
    this.#opened.db.close();
  }

  /**
   * Brings the index up to date with `files` (paths in the folder, as the caller names them)
   * and reports each one. With `complete`, they are all of the folder's article files: rows of
   * other files are dropped and the library's order is worked out again if anything changed.
   * A damaged index is deleted and rebuilt on the way.
   */
  async refresh(
    files: readonly string[],
    complete: boolean,
    options: RefreshOptions = {},
  ): Promise<RefreshReport> {
    try {
      return await this.#refresh(files, complete, options);
    } catch (error) {
      if (!isCorruptionError(error)) throw error;
      this.#statements.clear();
      this.#opened = await reopenIndexDatabase(this.#opened, this.#codeVersion);
      return this.#refresh(files, complete, options);
    }
  }

  /**
   * Whether the index holds a complete refresh of its folder that it keeps between runs: then
   * the library can be shown from it at once, while the folder is checked again.
   */
  isComplete(): boolean {
    return this.#opened.file !== undefined && this.#meta("ordered") === "1";
  }

  /** Files of the folder, as last refreshed, that are not listed: invalid, or a duplicate. */
  unlistedCount(): number {
    return this.database
      .prepare("SELECT count(*) FROM files WHERE listed = 0")
      .pluck()
      .get() as number;
  }

  /** The validated article of a file of the folder, or undefined when the index has none. */
  article(name: string): Article | undefined {
    const json = this.#statement(
      "SELECT json FROM articles WHERE file = (SELECT rowid FROM files WHERE name = ? AND ok = 1)",
    )
      .pluck()
      .get(basename(name)) as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as Article);
  }

  /** The file name of the listed article with this slug, if there is one. */
  nameOfSlug(slug: string): string | undefined {
    const row = this.database
      .prepare("SELECT name FROM files WHERE slug = ? AND listed = 1 LIMIT 1")
      .get(slug) as { name: string } | undefined;
    return row?.name;
  }

  /**
   * What the last exports with these settings wrote, by file name, read in one query so that
   * an export looks each article up in memory.
   */
  exportRecords(settings: string): Map<string, ExportRecord> {
    const rows = this.#statement(
      "SELECT name, hash, output, size, mtime_ms AS mtimeMs, ctime_ms AS ctimeMs, ino, warnings FROM exports WHERE settings = ?",
    ).all(settings) as (ExportRecord & { name: string })[];
    const records = new Map<string, ExportRecord>();
    for (const { name, ...record } of rows) records.set(name, record);
    return records;
  }

  /** Records what exports with these settings wrote, in one transaction. */
  saveExportRecords(settings: string, records: readonly (ExportRecord & { name: string })[]): void {
    const put = this.#statement(
      "INSERT OR REPLACE INTO exports (settings, name, hash, output, size, mtime_ms, ctime_ms, ino, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.database
      .transaction(() => {
        for (const r of records) {
          const name = basename(r.name);
          const { hash, output, size, mtimeMs, ctimeMs, ino, warnings } = r;
          put.run(settings, name, hash, output, size, mtimeMs, ctimeMs, ino, warnings);
        }
      })
      .immediate();
  }

  async #refresh(
    files: readonly string[],
    complete: boolean,
    options: RefreshOptions,
  ): Promise<RefreshReport> {
    const db = this.database;
    const stored = new Map<string, StoredRow>();
    const rows = db
      .prepare(
        "SELECT name, size, mtime_ns AS mtimeNs, ctime_ns AS ctimeNs, ino, hash, checked_ns AS checkedNs, ok, errors, id, slug, headline, published_ms AS publishedMs FROM files",
      )
      .all() as StoredRow[];
    for (const row of rows) stored.set(row.name, row);

    const report: RefreshReport = { files: new Array(files.length), parsed: 0, rehashed: 0 };
    const pending: number[] = [];
    for (let position = 0; position < files.length; position++) {
      if (options.yieldEvery && position > 0 && position % options.yieldEvery === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (options.stopped?.()) return report;
      }
      const file = files[position] as string;
      const row = stored.get(basename(file));
      const key = row && statKey(file);
      if (row && key && unchangedSince(key, row)) report.files[position] = indexedFile(file, row);
      else pending.push(position);
    }
    let changed = false;
    for (let start = 0; start < pending.length; start += BATCH) {
      const batch = pending.slice(start, start + BATCH);
      const outcomes = await mapWithLimit(batch, FILES_AT_ONCE, (position) => {
        const file = files[position] as string;
        return this.#examine(file, stored.get(basename(file)));
      });
      changed = this.#write(outcomes) || changed;
      outcomes.forEach((outcome, index) => {
        const position = batch[index] as number;
        report.files[position] = this.#reported(files[position] as string, outcome);
        if (outcome.kind === "parsed") report.parsed++;
        if (outcome.kind === "touched") report.rehashed++;
      });
    }
    if (complete) {
      const present = new Set(files.map((file) => basename(file)));
      const gone = [...stored.keys()].filter((name) => !present.has(name));
      if (gone.length > 0) {
        changed = true;
        this.#forget(gone);
      }
      if (changed || this.#meta("ordered") !== "1") {
        orderListed(db);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('ordered', '1')").run();
      }
    } else if (changed) {
      db.prepare("DELETE FROM meta WHERE key = 'ordered'").run();
    }
    return report;
  }

  #meta(key: string): string | undefined {
    const row = this.database.prepare("SELECT value FROM meta WHERE key = ?").get(key) as
      | { value: string }
      | undefined;
    return row?.value;
  }

  async #examine(file: string, row: StoredRow | undefined): Promise<Outcome> {
    const name = basename(file);
    const key = statKey(file);
    if (row && key && unchangedSince(key, row)) return { kind: "same", row };
    const checkedNs = nowNs();
    const read = await readArticleText(file);
    if (!read.ok) return { kind: "unreadable", name, errors: [read.error] };
    const hash = hashText(read.text);
    const after = key ?? statKey(file);
    if (!after) {
      const message = "changed while it was being read; run the command again";
      return { kind: "unreadable", name, errors: [{ file, code: "unreadable", message }] };
    }
    if (row && row.hash === hash) return { kind: "touched", row, key: after, checkedNs };
    const format = formatOfFile(file);
    const result: Parsed = format
      ? loadArticleText(read.text, format, file)
      : { ok: false, errors: [] };
    return { kind: "parsed", name, key: after, checkedNs, hash, result };
  }

  #reported(file: string, outcome: Outcome): IndexedFile {
    const name = basename(file);
    switch (outcome.kind) {
      case "same":
        return indexedFile(file, outcome.row);
      case "touched":
        return indexedFile(file, outcome.row);
      case "unreadable":
        return { ok: false, file, name, errors: outcome.errors };
      case "parsed": {
        const { result } = outcome;
        if (!result.ok) {
          return {
            ok: false,
            file,
            name,
            errors: result.errors.map((error) => ({ ...error, file })),
          };
        }
        const { article } = result;
        const time = article.datePublished ? Date.parse(article.datePublished) : Number.NaN;
        return {
          ok: true,
          file,
          name,
          id: detached(article.id),
          slug: detached(article.slug),
          headline: detached(article.headline),
          publishedMs: Number.isNaN(time) ? null : time,
          hash: outcome.hash,
        };
      }
    }
  }

  /** Writes a batch's changes in one transaction; true when an article row changed. */
  #write(outcomes: readonly Outcome[]): boolean {
    const db = this.database;
    if (outcomes.every((outcome) => outcome.kind === "same")) return false;
    const touch = db.prepare(
      "UPDATE files SET size = ?, mtime_ns = ?, ctime_ns = ?, ino = ?, checked_ns = ? WHERE name = ?",
    );
    const upsert = db.prepare(`INSERT INTO files
      (name, size, mtime_ns, ctime_ns, ino, hash, checked_ns, ok, errors, id, slug, headline, dek,
       section, published, published_ms, minutes, words, haystack, listed, position)
      VALUES (@name, @size, @mtimeNs, @ctimeNs, @ino, @hash, @checkedNs, @ok, @errors, @id, @slug,
       @headline, @dek, @section, @published, @publishedMs, @minutes, @words, @haystack, 0, NULL)
      ON CONFLICT (name) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,
       ctime_ns = excluded.ctime_ns, ino = excluded.ino, hash = excluded.hash,
       checked_ns = excluded.checked_ns, ok = excluded.ok, errors = excluded.errors,
       id = excluded.id, slug = excluded.slug, headline = excluded.headline, dek = excluded.dek,
       section = excluded.section, published = excluded.published,
       published_ms = excluded.published_ms, minutes = excluded.minutes, words = excluded.words,
       haystack = excluded.haystack, listed = 0, position = NULL
      RETURNING rowid`);
    const unsearch = db.prepare("DELETE FROM search WHERE rowid = ?");
    const search = db.prepare(
      "INSERT INTO search (rowid, headline, dek, body) VALUES (?, ?, ?, ?)",
    );
    const rowidOf = db.prepare("SELECT rowid FROM files WHERE name = ?").pluck();
    const keep = db.prepare("INSERT OR REPLACE INTO articles (file, json) VALUES (?, ?)");
    const drop = db.prepare("DELETE FROM articles WHERE file = ?");
    let changed = false;
    const apply = db.transaction(() => {
      for (const outcome of outcomes) {
        if (outcome.kind === "touched") {
          const { key, row } = outcome;
          touch.run(key.size, key.mtimeNs, key.ctimeNs, key.ino, outcome.checkedNs, row.name);
        } else if (outcome.kind === "unreadable") {
          changed = this.#forgetIn([outcome.name]) || changed;
        } else if (outcome.kind === "parsed") {
          changed = true;
          const old = rowidOf.get(outcome.name) as number | bigint | undefined;
          if (old !== undefined) unsearch.run(old);
          const { result, key } = outcome;
          const facts = result.ok ? articleFacts(result.article) : undefined;
          const inserted = upsert.get({
            name: outcome.name,
            ...key,
            hash: outcome.hash,
            checkedNs: outcome.checkedNs,
            ok: result.ok ? 1 : 0,
            errors: result.ok ? null : JSON.stringify(withoutFile(result.errors)),
            id: facts?.id ?? null,
            slug: facts?.slug ?? null,
            headline: facts?.headline ?? null,
            dek: facts?.dek ?? null,
            section: facts?.section ?? null,
            published: facts?.published ?? null,
            publishedMs: facts?.publishedMs ?? null,
            minutes: facts?.minutes ?? null,
            words: facts?.words ?? null,
            haystack: facts?.haystack ?? null,
          }) as { rowid: number | bigint };
          if (result.ok) keep.run(inserted.rowid, JSON.stringify(result.article));
          else drop.run(inserted.rowid);
          if (facts) search.run(inserted.rowid, facts.headline, facts.dek, facts.body);
        }
      }
    });
    apply.immediate();
    return changed;
  }

  #forget(names: readonly string[]): void {
    this.database.transaction(() => this.#forgetIn(names)).immediate();
  }

  #forgetIn(names: readonly string[]): boolean {
    const db = this.database;
    const unsearch = db.prepare(
      "DELETE FROM search WHERE rowid IN (SELECT rowid FROM files WHERE name = ?)",
    );
    const unkeep = db.prepare(
      "DELETE FROM articles WHERE file IN (SELECT rowid FROM files WHERE name = ?)",
    );
    const remove = db.prepare("DELETE FROM files WHERE name = ?");
    const unexport = db.prepare("DELETE FROM exports WHERE name = ?");
    let removed = false;
    for (const name of names) {
      unsearch.run(name);
      unkeep.run(name);
      removed = remove.run(name).changes > 0 || removed;
      unexport.run(name);
    }
    return removed;
  }
}
