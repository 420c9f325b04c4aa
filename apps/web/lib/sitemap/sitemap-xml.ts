import { escapeMarkup } from "@/lib/feeds/escape-markup";
import type { SitemapEntry } from "./sitemap-entries";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

function lastModifiedXml(lastModified: string | undefined): string {
  return lastModified ? `<lastmod>${escapeMarkup(lastModified)}</lastmod>` : "";
}

/** A sitemap file (`<urlset>`) listing the entries. */
export function urlSetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeMarkup(entry.url)}</loc>${lastModifiedXml(entry.lastModified)}</url>\n`,
  );
  return `${DECLARATION}<urlset xmlns="${NAMESPACE}">\n${urls.join("")}</urlset>\n`;
}

/** A sitemap index (`<sitemapindex>`) listing sitemap files by absolute URL. */
export function sitemapIndexXml(sitemaps: readonly SitemapEntry[]): string {
  const items = sitemaps.map(
    (sitemap) =>
      `<sitemap><loc>${escapeMarkup(sitemap.url)}</loc>${lastModifiedXml(sitemap.lastModified)}</sitemap>\n`,
  );
  return `${DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${items.join("")}</sitemapindex>\n`;
}
