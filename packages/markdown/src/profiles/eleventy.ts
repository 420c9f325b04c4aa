import { portableBody } from "../portable/portable-body.js";
import { textFilter } from "../render/text-filter.js";
import { yamlHead } from "./fields.js";
import type { Profile } from "./profile.js";

/**
 * Eleventy: `title`, `description`, `date` (RFC 3339, which Luxon reads), `tags` (its
 * collections) and `templateEngineOverride: md`, so the file is Markdown only: neither Liquid
 * nor Nunjucks runs over it, whichever the site uses.
 */
export const eleventy: Profile = {
  head: (article) =>
    yamlHead({
      title: article.headline,
      description: article.description,
      date: article.datePublished,
      tags: article.keywords,
      templateEngineOverride: "md",
    }),
  body: portableBody,
  textFilter: textFilter("markdown-it"),
  read: {
    fields: (data) => ({
      headline: data.title,
      description: data.description,
      datePublished: data.date,
      keywords: data.tags,
    }),
  },
};
