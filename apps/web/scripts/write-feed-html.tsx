// Renders the feed content of the latest articles with the page's components and writes it to
// the cache the feed routes read (run before `next build` and `next dev`; route handlers cannot
// render React to HTML themselves).
import path from "node:path";
import { contentDir } from "@/lib/content-dir";
import { feedArticles } from "@/lib/feeds/feed-articles";
import { feedHtmlCacheFile, writeFeedHtml } from "@/lib/feeds/feed-html-cache";
import { renderFeedHtml } from "@/lib/feeds/render-feed-html";
import { siteArticles } from "@/lib/site-content";

try {
  const articles = feedArticles(await siteArticles());
  const file = feedHtmlCacheFile(contentDir());
  await writeFeedHtml(file, articles, renderFeedHtml);
  console.log(
    `feed-html: rendered the feed content of ${articles.length} articles to ${path.relative(process.cwd(), file)}`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
