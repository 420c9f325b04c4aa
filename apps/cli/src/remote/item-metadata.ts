import { type Article, parseArticle } from "@broadsheet/article";
import type { FeedItem } from "@broadsheet/feeds";

/**
 * An article made from a feed item's HTML, given what the feed says of the item that the HTML
 * does not: its page's address, date, author and first category. A field the model refuses is
 * left as it was.
 */
export function withItemMetadata(article: Article, item: FeedItem): Article {
  const wanted: Partial<Article> = {};
  if (item.url !== undefined) wanted.url = item.url;
  if (article.datePublished === undefined && item.published !== undefined) {
    wanted.datePublished = item.published;
  }
  if (article.author === undefined && item.author !== undefined && item.author.trim() !== "") {
    wanted.author = [{ name: item.author.trim() }];
  }
  const section = item.categories[0];
  if (article.articleSection === undefined && section !== undefined)
    wanted.articleSection = section;
  let current = article;
  for (const [field, value] of Object.entries(wanted)) {
    const parsed = parseArticle({ ...current, [field]: value });
    if (parsed.ok) current = parsed.article;
  }
  return current;
}
