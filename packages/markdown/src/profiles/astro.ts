import { excerpt } from "@broadsheet/article";
import { portableBody } from "../portable/portable-body.js";
import { textFilter } from "../render/text-filter.js";
import { yamlHead } from "./fields.js";
import type { Profile } from "./profile.js";

/**
 * Astro's blog starter collection schema: `title`, `description` (required: the article's
 * description, else an excerpt of the lead), `pubDate` and `updatedDate` (RFC 3339 strings,
 * which `z.coerce.date()` reads in their own offset), and `slug`, which sets the entry id.
 * `heroImage` is left out: the starter validates it as a local image, and a remote URL fails
 * the build.
 */
export const astro: Profile = {
  head: (article) =>
    yamlHead({
      title: article.headline,
      description: article.description ?? (excerpt(article) || undefined),
      pubDate: article.datePublished,
      updatedDate: article.dateModified,
      slug: article.slug,
    }),
  body: portableBody,
  textFilter: textFilter("remark"),
  read: {
    fields: (data) => ({
      headline: data.title,
      description: data.description,
      datePublished: data.pubDate,
      dateModified: data.updatedDate,
      slug: data.slug,
    }),
  },
};
