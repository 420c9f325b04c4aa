import type Database from "better-sqlite3";
import { compareOrderKeys } from "../compare-articles.js";

interface OrderRow {
  rowid: number;
  file: string;
  id: string;
  slug: string;
  headline: string;
  publishedMs: number | null;
}

/**
 * Marks which valid articles the library lists (the first file, by name, of each slug and id;
 * a later one is a duplicate) and numbers them in the library's order, in one transaction.
 */
export function orderListed(db: Database.Database): void {
  const rows = db
    .prepare(
      "SELECT rowid, name AS file, id, slug, headline, published_ms AS publishedMs FROM files WHERE ok = 1",
    )
    .all() as OrderRow[];
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const slugs = new Set<string>();
  const ids = new Set<string>();
  const listed: OrderRow[] = [];
  for (const row of rows) {
    if (slugs.has(row.slug) || ids.has(row.id)) continue;
    slugs.add(row.slug);
    ids.add(row.id);
    listed.push(row);
  }
  listed.sort(compareOrderKeys);
  const clear = db.prepare("UPDATE files SET listed = 0, position = NULL WHERE listed = 1");
  const place = db.prepare("UPDATE files SET listed = 1, position = ? WHERE rowid = ?");
  db.transaction(() => {
    clear.run();
    listed.forEach((row, position) => {
      place.run(position, row.rowid);
    });
  }).immediate();
}
