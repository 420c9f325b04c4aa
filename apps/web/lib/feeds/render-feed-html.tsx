import type { Article } from "@broadsheet/article";
import { renderToStaticMarkup } from "react-dom/server";
import { FeedArticle } from "@/components/FeedArticle";
import { articlePath } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { absoluteUrls } from "./absolute-urls";

const PAGE_ONLY_ELEMENT = /<(?:link|meta|script|style)\b[^>]*>/i;

/**
 * An article's feed content as HTML: {@link FeedArticle} (the page's own components) rendered
 * to static markup, every URL absolute on the article's page. Build scripts and tests call it;
 * route handlers cannot (Next.js gives them no `react-dom/server`), so the feed routes read its
 * output from the cache `scripts/write-feed-html.tsx` writes before `next build`. Throws if the
 * markup holds an element that belongs in a page's head (a script, or a `<link>` React hoists
 * for a resource), which feed readers would drop or refuse.
 */
export function renderFeedHtml(article: Article): string {
  const html = renderToStaticMarkup(<FeedArticle article={article} />);
  const pageOnly = PAGE_ONLY_ELEMENT.exec(html);
  if (pageOnly) {
    throw new Error(
      `Broadsheet: the feed content of ${article.slug} holds ${pageOnly[0]}, which belongs to a page: render it only outside FeedArticle`,
    );
  }
  return absoluteUrls(html, absoluteUrl(articlePath(article.slug)));
}
