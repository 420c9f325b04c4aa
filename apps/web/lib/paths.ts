/** The page of an article. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** The canonical Markdown of an article. */
export function markdownPath(slug: string): string {
  return `/articles/${slug}.md`;
}

/** The OpenGraph image of an article (1200 × 630 PNG). */
export function ogImagePath(slug: string): string {
  return `/og/${slug}.png`;
}

/** The front page filtered to one section. */
export function sectionPath(sectionSlug: string): string {
  return `/section/${sectionSlug}`;
}

/** The Atom feed. */
export const ATOM_FEED_PATH = "/feed.xml";

/** The JSON Feed. */
export const JSON_FEED_PATH = "/feed.json";
