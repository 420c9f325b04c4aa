/** Articles per listing page (the front page and each section). */
export const LISTING_PAGE_SIZE = 50;

/** How many listing pages `count` articles fill (at least one). */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / LISTING_PAGE_SIZE));
}

/** The articles on listing page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * LISTING_PAGE_SIZE, page * LISTING_PAGE_SIZE);
}

/** The path of page `page` of the listing at `base`: `base` itself for page 1, `…/page/<n>` after. */
export function listingPagePath(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base === "/" ? "" : base}/page/${page}`;
}

/** The page numbers after the first, as route params (`[{ page: "2" }, …]`). */
export function laterPageParams(count: number): { page: string }[] {
  return Array.from({ length: pageCount(count) - 1 }, (_, index) => ({ page: String(index + 2) }));
}

/**
 * The params of the numbered page route: every page, `1` included. A static export needs at
 * least one param per dynamic route, and `…/page/1` is a true copy of the listing whose
 * canonical URL is the listing's own; nothing links to it.
 */
export function numberedPageParams(count: number): { page: string }[] {
  return [{ page: "1" }, ...laterPageParams(count)];
}

/** A page number from a route param, or undefined unless that page exists (1…last). */
export function parsePage(param: string, count: number): number | undefined {
  if (!/^[1-9][0-9]*$/.test(param)) return undefined;
  const page = Number(param);
  return page <= pageCount(count) ? page : undefined;
}
