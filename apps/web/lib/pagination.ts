/**
 * A listing (the front page or a section) is numbered from its oldest article: page 1 holds the
 * oldest {@link LISTING_PAGE_SIZE}, page 2 the next, and the last page the newest, perhaps
 * fewer. Publishing a story changes only the newest page and the listing's first page, so an
 * archive page's address always shows the same articles and a rebuild reuses it.
 */
export const LISTING_PAGE_SIZE = 50;

/** How many numbered pages `count` articles fill (at least one). */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / LISTING_PAGE_SIZE));
}

/** The articles on numbered page `page` (1 = the oldest), newest first, from a newest-first list. */
export function pageSlice<T>(newestFirst: readonly T[], page: number): T[] {
  const count = newestFirst.length;
  const fromOldestEnd = Math.min(page * LISTING_PAGE_SIZE, count);
  const fromOldestStart = Math.min((page - 1) * LISTING_PAGE_SIZE, count);
  return newestFirst.slice(count - fromOldestEnd, count - fromOldestStart);
}

/**
 * How many of `count` articles the listing's first page shows: the newest numbered page, and the
 * one before it when the newest is not full, so it shows at least a page's worth and its
 * "older" link leads to a whole page nothing of which it already showed.
 */
export function firstPageLength(count: number): number {
  const newest = count % LISTING_PAGE_SIZE;
  return Math.min(count, newest === 0 ? LISTING_PAGE_SIZE : newest + LISTING_PAGE_SIZE);
}

/** The numbered page the listing's first page links as older, or undefined when it shows all. */
export function pageAfterFirst(count: number): number | undefined {
  const older = count - firstPageLength(count);
  return older > 0 ? older / LISTING_PAGE_SIZE : undefined;
}

/** The path of numbered page `page` of the listing at `base` (`/page/3`, `/section/world/page/3`). */
export function listingPagePath(base: string, page: number): string {
  return `${base === "/" ? "" : base}/page/${page}`;
}

/** A page number from a route param, or undefined unless that page exists (1…last). */
export function parsePage(param: string, count: number): number | undefined {
  if (!/^[1-9][0-9]*$/.test(param)) return undefined;
  const page = Number(param);
  return page <= pageCount(count) ? page : undefined;
}
