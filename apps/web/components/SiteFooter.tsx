import { ATOM_FEED_PATH, JSON_FEED_PATH } from "@/lib/paths";
import { SITE_NAME } from "@/lib/site";

/** The page footer: the feeds, and the site map for machines. */
export function SiteFooter() {
  return (
    <footer className="site-footer" lang="en">
      <p>
        {SITE_NAME} · Follow with a feed reader: <a href={ATOM_FEED_PATH}>Atom feed</a> ·{" "}
        <a href={JSON_FEED_PATH}>JSON Feed</a> · <a href="/sitemap.xml">Site map</a>
      </p>
    </footer>
  );
}
