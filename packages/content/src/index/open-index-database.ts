import { mkdirSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import type Database from "better-sqlite3";
import { INDEX_SCHEMA_VERSION, INDEX_TABLES } from "./index-schema.js";

/** An open index: the database, and the file it lives in (undefined when held in memory). */
export interface IndexDatabase {
  db: Database.Database;
  file: string | undefined;
}

type Driver = typeof Database;
let driver: Driver | undefined;

/**
 * Loads SQLite's driver on first use, so that commands which never open an index (and a bundle
 * run away from its node_modules) do not load the native addon: with `require` in a CommonJS
 * bundle (whose code may run where a dynamic import cannot), with `import` in ES modules.
 */
export async function loadDriver(): Promise<Driver> {
  driver ??=
    typeof require === "function"
      ? (require("better-sqlite3") as Driver)
      : (await import("better-sqlite3")).default;
  return driver;
}

/** Milliseconds a process waits for another one's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/** Whether an error says the file is not a sound SQLite database (damaged, truncated, not one). */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && /^SQLITE_(?:CORRUPT|NOTADB)/.test(code);
}

function removeIndexFile(file: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

function versionOf(db: Database.Database, key: string): string | undefined {
  const row = db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as
    | { value: string }
    | undefined;
  return row?.value;
}

/** Creates the tables, or drops and recreates them when they were written by another version. */
function prepareTables(db: Database.Database, codeVersion: string): void {
  db.exec("BEGIN IMMEDIATE");
  try {
    db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT");
    const current =
      versionOf(db, "schema") === String(INDEX_SCHEMA_VERSION) &&
      versionOf(db, "code") === codeVersion;
    if (!current) {
      db.exec(
        "DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS articles; DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS exports; DELETE FROM meta;",
      );
    }
    db.exec(INDEX_TABLES);
    if (!current) {
      const put = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
      put.run("schema", String(INDEX_SCHEMA_VERSION));
      put.run("code", codeVersion);
    }
    db.exec("COMMIT");
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  }
}

function openFile(Driver: Driver, file: string, codeVersion: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Driver(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    prepareTables(db, codeVersion);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function openInMemory(Driver: Driver, codeVersion: string): Database.Database {
  const db = new Driver(":memory:");
  prepareTables(db, codeVersion);
  return db;
}

/**
 * Opens the index at `file` for code of `codeVersion`: an index of another schema or code
 * version is emptied, a damaged one is deleted and made anew, and when the file cannot be
 * written at all (a read-only disk, no permission) the index is held in memory for this run.
 * Never throws for the state of the file.
 */
export async function openIndexDatabase(
  file: string | undefined,
  codeVersion: string,
): Promise<IndexDatabase> {
  const Driver = await loadDriver();
  if (file === undefined) return { db: openInMemory(Driver, codeVersion), file: undefined };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return { db: openFile(Driver, file, codeVersion), file };
    } catch (error) {
      if (!isCorruptionError(error) || attempt > 0) break;
      removeIndexFile(file);
    }
  }
  return { db: openInMemory(Driver, codeVersion), file: undefined };
}

/** Deletes a damaged index file and opens a new one in its place (or in memory). */
export function reopenIndexDatabase(
  opened: IndexDatabase,
  codeVersion: string,
): Promise<IndexDatabase> {
  opened.db.close();
  if (opened.file !== undefined) removeIndexFile(opened.file);
  return openIndexDatabase(opened.file, codeVersion);
}
