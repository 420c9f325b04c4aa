import { portableBody } from "../portable/portable-body.js";
import { textFilter } from "../render/text-filter.js";
import { protectLiquid, unprotectLiquid } from "../templates/liquid-raw.js";
import {
  authorNames,
  authorsFromNames,
  firstOf,
  fromJekyllDate,
  toJekyllDate,
  yamlHead,
} from "./fields.js";
import type { Profile } from "./profile.js";

/**
 * Jekyll (kramdown, jekyll-seo-tag): `layout: post`, `title`, `date` and `last_modified_at` in
 * Jekyll's `YYYY-MM-DD HH:MM:SS +TTTT`, `author` (and `authors` when there are several),
 * `categories`, `tags`, `description`, `image`, `lang`, `canonical_url`. Liquid is kept from
 * running by tiny `{% raw %}` blocks around `{{` and `{%` (see protectLiquid); files are named
 * `YYYY-MM-DD-slug.md` after the publication date in its own offset.
 */
export const jekyll: Profile = {
  head(article) {
    const names = authorNames(article);
    const { datePublished: date, dateModified: modified } = article;
    return yamlHead({
      layout: "post",
      title: article.headline,
      date: date === undefined ? undefined : toJekyllDate(date),
      categories: article.articleSection === undefined ? undefined : [article.articleSection],
      tags: article.keywords,
      author: names[0],
      authors: names.length > 1 ? names : undefined,
      description: article.description,
      image: article.image?.url,
      lang: article.inLanguage,
      canonical_url: article.url,
      last_modified_at: modified === undefined ? undefined : toJekyllDate(modified),
    });
  },
  body: portableBody,
  textFilter: textFilter("kramdown"),
  protect: protectLiquid,
  fileName(article) {
    const date = (article.datePublished ?? article.dateModified)?.slice(0, 10);
    return date === undefined ? `${article.slug}.md` : `${date}-${article.slug}.md`;
  },
  read: {
    fields: (data) => ({
      headline: data.title,
      datePublished: fromJekyllDate(data.date),
      dateModified: fromJekyllDate(data.last_modified_at),
      articleSection: firstOf(data.categories),
      keywords: data.tags,
      author: authorsFromNames(data.authors ?? data.author),
      description: data.description,
      inLanguage: data.lang,
      url: data.canonical_url,
    }),
    source: unprotectLiquid,
  },
};
