import { jsonFeed } from "@/lib/feeds/json-feed";
import { siteFeedItems } from "@/lib/feeds/site-feed-items";

export const dynamic = "force-static";

/** The JSON Feed 1.1 of the latest articles, with full content. */
export async function GET() {
  return new Response(`${JSON.stringify(jsonFeed(await siteFeedItems()), null, 2)}\n`, {
    headers: { "content-type": "application/feed+json; charset=utf-8" },
  });
}
