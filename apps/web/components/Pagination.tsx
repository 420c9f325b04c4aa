import { type Listing, listingDates } from "@/lib/listing";

/**
 * Links between the pages of a listing: newer (`rel="prev"`) and older (`rel="next"`), and on a
 * numbered page its number and the dates it spans. Nothing when the listing fits on one page.
 */
export function Pagination({ listing }: { listing: Listing }) {
  const { newer, older, page } = listing;
  if (!newer && !older) return null;
  const dates = listingDates(listing);
  return (
    <nav className="pagination" aria-label="Pages">
      {newer ? (
        <a href={newer} rel="prev">
          Newer articles
        </a>
      ) : null}
      {page === undefined ? null : <span>{dates ? `Page ${page}: ${dates}` : `Page ${page}`}</span>}
      {older ? (
        <a href={older} rel="next">
          Older articles
        </a>
      ) : null}
    </nav>
  );
}
