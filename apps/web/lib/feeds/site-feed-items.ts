import { contentDir } from "@/lib/content-dir";
import { siteArticles } from "@/lib/site-content";
import { feedArticles } from "./feed-articles";
import { feedHtmlCacheFile, readFeedHtml } from "./feed-html-cache";
import type { FeedItem } from "./feed-item";

/** The feeds' items: the latest articles of the content folder, with their cached HTML. */
export async function siteFeedItems(): Promise<FeedItem[]> {
  return readFeedHtml(feedHtmlCacheFile(contentDir()), feedArticles(await siteArticles()));
}
