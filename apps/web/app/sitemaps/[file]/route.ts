import { siteIndex } from "@/lib/site-content";
import { sitemapEntries, sitemapParts } from "@/lib/sitemap/sitemap-entries";
import { urlSetXml } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One `<n>.xml` per sitemap file the index lists. */
export async function generateStaticParams(): Promise<{ file: string }[]> {
  const parts = sitemapParts(sitemapEntries(await siteIndex()));
  return parts.map((_, index) => ({ file: `${index + 1}.xml` }));
}

/** Sitemap file number `n`: the pages from the `(n − 1) × 50,000`th on. */
export async function GET(_request: Request, context: RouteContext<"/sitemaps/[file]">) {
  const { file } = await context.params;
  const parts = sitemapParts(sitemapEntries(await siteIndex()));
  const entries = /^[1-9]\d*\.xml$/.test(file) ? parts[Number.parseInt(file, 10) - 1] : undefined;
  if (!entries) return new Response("Not found", { status: 404 });
  return new Response(urlSetXml(entries), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  });
}
