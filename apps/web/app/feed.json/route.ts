import { feedArticles } from "@/lib/feeds/feed-articles";
import { jsonFeed } from "@/lib/feeds/json-feed";
import { siteArticles } from "@/lib/site-content";

export const dynamic = "force-static";

/** The JSON Feed 1.1 of the latest articles, with full content. */
export async function GET() {
  return new Response(
    `${JSON.stringify(jsonFeed(feedArticles(await siteArticles())), null, 2)}\n`,
    {
      headers: { "content-type": "application/feed+json; charset=utf-8" },
    },
  );
}
