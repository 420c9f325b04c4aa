/**
 * The layout of the index's tables. Raise it with any change to the tables or to what a row
 * holds: an index of another version is dropped and rebuilt.
 */
export const INDEX_SCHEMA_VERSION = 5;

/**
 * The tables: one small row per article file (what is scanned), the validated article apart
 * (keyed by the file's rowid, read one at a time), the full-text index, and what each export
 * wrote.
 */
export const INDEX_TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS files (
  name TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ns TEXT NOT NULL,
  ctime_ns TEXT NOT NULL,
  ino TEXT NOT NULL,
  hash TEXT NOT NULL,
  checked_ns TEXT NOT NULL,
  ok INTEGER NOT NULL,
  errors TEXT,
  id TEXT,
  slug TEXT,
  headline TEXT,
  dek TEXT,
  section TEXT,
  published TEXT,
  published_ms REAL,
  minutes INTEGER,
  words INTEGER,
  haystack TEXT,
  listed INTEGER NOT NULL DEFAULT 0,
  position INTEGER
) STRICT;
CREATE TABLE IF NOT EXISTS articles (file INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT;
CREATE INDEX IF NOT EXISTS files_position ON files (position) WHERE listed = 1;
CREATE INDEX IF NOT EXISTS files_slug ON files (slug);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
  headline, dek, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS exports (
  settings TEXT NOT NULL,
  name TEXT NOT NULL,
  hash TEXT NOT NULL,
  output TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  ctime_ms REAL NOT NULL,
  ino REAL NOT NULL,
  warnings TEXT NOT NULL,
  PRIMARY KEY (settings, name)
) STRICT;
CREATE INDEX IF NOT EXISTS exports_name ON exports (name);
`;
