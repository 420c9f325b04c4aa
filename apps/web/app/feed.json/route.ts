import { jsonFeed } from "../../lib/feeds/json-feed";
import { siteArticles } from "../../lib/site-content";

export const dynamic = "force-static";

/** The JSON Feed 1.1 of every article, with full content. */
export async function GET() {
  return new Response(`${JSON.stringify(jsonFeed(await siteArticles()), null, 2)}\n`, {
    headers: { "content-type": "application/feed+json; charset=utf-8" },
  });
}
