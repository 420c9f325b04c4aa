import { atomFeed } from "@/lib/feeds/atom-feed";
import { feedArticles } from "@/lib/feeds/feed-articles";
import { siteArticles } from "@/lib/site-content";

export const dynamic = "force-static";

/** The Atom feed of the latest articles, with full content. */
export async function GET() {
  return new Response(atomFeed(feedArticles(await siteArticles())), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
