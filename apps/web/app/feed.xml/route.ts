import { atomFeed } from "../../lib/feeds/atom-feed";
import { siteArticles } from "../../lib/site-content";

export const dynamic = "force-static";

/** The Atom feed of every article, with full content. */
export async function GET() {
  return new Response(atomFeed(await siteArticles()), {
    headers: { "content-type": "application/atom+xml; charset=utf-8" },
  });
}
