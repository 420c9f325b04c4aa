import type Database from "better-sqlite3";

interface OrderRow {
  rowid: number;
  name: string;
  id: string;
  slug: string;
  headline: string;
  publishedMs: number | null;
}

const collator = new Intl.Collator("en", { numeric: true });

/**
 * The library's order, as `compareArticles` sorts loaded articles: newest first, undated last,
 * then by headline, then by file name.
 */
function compareRows(a: OrderRow, b: OrderRow): number {
  const timeA = a.publishedMs ?? Number.NEGATIVE_INFINITY;
  const timeB = b.publishedMs ?? Number.NEGATIVE_INFINITY;
  if (timeA !== timeB) return timeA > timeB ? -1 : 1;
  return (
    collator.compare(a.headline, b.headline) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/**
 * Marks which valid articles the library lists (the first file, by name, of each slug and id;
 * a later one is a duplicate) and numbers them in the library's order, in one transaction.
 */
export function orderListed(db: Database.Database): void {
  const rows = db
    .prepare(
      "SELECT rowid, name, id, slug, headline, published_ms AS publishedMs FROM files WHERE ok = 1",
    )
    .all() as OrderRow[];
  rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const slugs = new Set<string>();
  const ids = new Set<string>();
  const listed: OrderRow[] = [];
  for (const row of rows) {
    if (slugs.has(row.slug) || ids.has(row.id)) continue;
    slugs.add(row.slug);
    ids.add(row.id);
    listed.push(row);
  }
  listed.sort(compareRows);
  const clear = db.prepare("UPDATE files SET listed = 0, position = NULL WHERE listed = 1");
  const place = db.prepare("UPDATE files SET listed = 1, position = ? WHERE rowid = ?");
  db.transaction(() => {
    clear.run();
    listed.forEach((row, position) => {
      place.run(position, row.rowid);
    });
  }).immediate();
}
