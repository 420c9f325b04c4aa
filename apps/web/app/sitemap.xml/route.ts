import { absoluteUrl } from "@/lib/site";
import { siteIndex } from "@/lib/site-content";
import { sitemapEntries, sitemapPartPath, sitemapParts } from "@/lib/sitemap/sitemap-entries";
import { sitemapIndexXml } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-static";

/**
 * The sitemap index: every sitemap file of the site (`/sitemaps/<n>.xml`, each within the
 * protocol's 50,000 URLs), with the newest modification each lists.
 */
export async function GET() {
  const parts = sitemapParts(sitemapEntries(await siteIndex()));
  const sitemaps = parts.map((entries, index) => {
    const newest = entries.reduce<string | undefined>(
      (latest, entry) =>
        entry.lastModified && (!latest || entry.lastModified > latest)
          ? entry.lastModified
          : latest,
      undefined,
    );
    return {
      url: absoluteUrl(sitemapPartPath(index + 1)),
      ...(newest ? { lastModified: newest } : {}),
    };
  });
  return new Response(sitemapIndexXml(sitemaps), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
}
