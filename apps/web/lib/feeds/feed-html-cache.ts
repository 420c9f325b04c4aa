import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Article } from "@broadsheet/article";
import { siteOrigin } from "@/lib/site";
import type { FeedItem } from "./feed-item";

/** The command that writes the cache; the build runs it before `next build`. */
export const WRITE_FEED_HTML_COMMAND = "pnpm --filter @broadsheet/web feed-html";

/** The feed HTML of each article by slug, with the digest of what it was rendered from. */
type FeedHtmlCache = Record<string, { digest: string; html: string }>;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The cache file of the feed HTML rendered from one content folder (each folder its own file,
 * so a build of the test content does not overwrite the site's), under the app's
 * `node_modules/.cache`.
 */
export function feedHtmlCacheFile(contentDir: string, appDir: string = process.cwd()): string {
  const name = `${sha256(path.resolve(contentDir)).slice(0, 16)}.json`;
  return path.join(appDir, "node_modules", ".cache", "broadsheet-feed-html", name);
}

/** What an article's feed HTML depends on: the article and the site's origin. */
function digestOf(article: Article): string {
  return sha256(JSON.stringify({ origin: siteOrigin(), article }));
}

/** Renders each article's feed HTML with `render` and writes them all to `file`. */
export async function writeFeedHtml(
  file: string,
  articles: readonly Article[],
  render: (article: Article) => string,
): Promise<void> {
  const cache: FeedHtmlCache = {};
  for (const article of articles) {
    cache[article.slug] = { digest: digestOf(article), html: render(article) };
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(cache)}\n`);
}

/**
 * The feed items of `articles`, their HTML read from `file`. Rejects naming the article and the
 * command to run when the cache is missing, lacks an article, or was rendered from another
 * version of it, so a feed never ships without its content or with stale content.
 */
export async function readFeedHtml(
  file: string,
  articles: readonly Article[],
): Promise<FeedItem[]> {
  let cache: FeedHtmlCache;
  try {
    cache = JSON.parse(await readFile(file, "utf8")) as FeedHtmlCache;
  } catch (error) {
    throw new Error(
      `Broadsheet: the feeds' HTML cache ${file} cannot be read (${(error as Error).message}); run \`${WRITE_FEED_HTML_COMMAND}\` (the build does) before next build or next dev`,
    );
  }
  return articles.map((article) => {
    const cached = cache[article.slug];
    if (cached?.digest !== digestOf(article)) {
      const problem = cached ? "was rendered from another version of it" : "has no entry for it";
      throw new Error(
        `Broadsheet: the feeds' HTML cache ${file} ${problem} (article ${article.slug}); run \`${WRITE_FEED_HTML_COMMAND}\` (the build does)`,
      );
    }
    return { article, html: cached.html };
  });
}
