import { portableBody } from "../portable/portable-body.js";
import { encodeLiquidUrls } from "../portable/url-encoding.js";
import { textFilter } from "../render/text-filter.js";
import { unprotectLiquid } from "../templates/liquid-raw.js";
import { yamlHead } from "./fields.js";
import type { Profile } from "./profile.js";
import { splitTags, tagList } from "./tag-list.js";

/**
 * dev.to (Forem): `title`, `published: false` (a draft, to check before publishing),
 * `description`, `tags` (at most four, lowercase letters and digits, comma-separated),
 * `canonical_url`, `cover_image`. No `date`: Forem refuses a past publication date. Liquid runs
 * over the rendered HTML, so `{{` and `{%` in text are wrapped in raw blocks (code is protected
 * by Forem itself) and `{` in URLs is percent-encoded before them.
 */
export const devto: Profile = {
  head(article) {
    const tags = tagList(article.keywords, { max: 4, hyphens: false, maxLength: 30 });
    const fields = {
      title: article.headline,
      published: false,
      description: article.description,
      tags: tags.length > 0 ? tags.join(", ") : undefined,
      canonical_url: article.url,
      cover_image: article.image?.url,
    };
    return yamlHead(fields, "break dashes");
  },
  body: (article, options) => portableBody(article, options).map(encodeLiquidUrls),
  textFilter: textFilter("redcarpet", "forem"),
  read: {
    fields: (data) => ({
      headline: data.title,
      description: data.description,
      keywords: splitTags(data.tags),
      url: data.canonical_url,
    }),
    text: unprotectLiquid,
    breaks: true,
  },
};
