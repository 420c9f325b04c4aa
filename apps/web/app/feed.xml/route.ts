import { atomFeed } from "@/lib/feeds/atom-feed";
import { siteFeedItems } from "@/lib/feeds/site-feed-items";

export const dynamic = "force-static";

/** The Atom feed of the latest articles, with full content. */
export async function GET() {
  return new Response(atomFeed(await siteFeedItems()), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
