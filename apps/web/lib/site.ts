/** The publication's name, shown in titles, feeds and the masthead. */
export const SITE_NAME = "Broadsheet";

/** One line about the publication, for the front page, feeds and search results. */
export const SITE_DESCRIPTION = "News, published once and readable everywhere.";

/** The default language of pages that are not an article. */
export const SITE_LANGUAGE = "en";

/**
 * The origin the site is published at, without a trailing slash. Set `BROADSHEET_SITE_URL` at
 * build time for another host; canonical URLs, feeds and the sitemap are absolute on it.
 */
export function siteOrigin(): string {
  const origin = process.env.BROADSHEET_SITE_URL ?? "https://broadsheet.example";
  return origin.replace(/\/+$/, "");
}

/** An absolute URL on the site for a path that starts with `/`. */
export function absoluteUrl(path: string): string {
  return `${siteOrigin()}${path}`;
}
