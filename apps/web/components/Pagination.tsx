import { listingPagePath, pageCount } from "@/lib/pagination";

/**
 * Links between the pages of a listing: newer (`rel="prev"`) and older (`rel="next"`), and
 * where the reader is. Nothing when the listing fits on one page.
 */
export function Pagination(props: { base: string; page: number; total: number }) {
  const pages = pageCount(props.total);
  if (pages <= 1) return null;
  const { base, page } = props;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={listingPagePath(base, page - 1)} rel="prev">
          Newer articles
        </a>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <a href={listingPagePath(base, page + 1)} rel="next">
          Older articles
        </a>
      ) : null}
    </nav>
  );
}
