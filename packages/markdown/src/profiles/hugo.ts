import { mapInline } from "../portable/map-inline.js";
import { splitShortcodeCode, typographicAlt } from "../portable/plain-inline.js";
import { portableBody } from "../portable/portable-body.js";
import { textFilter } from "../render/text-filter.js";
import { protectShortcodes } from "../templates/hugo-shortcodes.js";
import { authorNames, authorsFromNames, firstOf, yamlHead } from "./fields.js";
import type { Profile } from "./profile.js";

/** A custom field at the top level (what every Hugo reads) or under `params` (Hugo 0.123+). */
function custom(data: Record<string, unknown>, key: string): unknown {
  return (Object(data.params) as Record<string, unknown>)[key] ?? data[key];
}

/**
 * Hugo (Goldmark, YAML front matter): `title`, `date` and `lastmod` (RFC 3339), `draft: false`,
 * `description`, `slug`, `tags`, `categories`, and as custom fields at the top level, which
 * every Hugo puts in `.Params` (a `params` map only Hugo 0.123+ reads), the canonical URL
 * (`canonicalURL`), the lead image (`images`, read by Hugo's Open Graph and Twitter templates)
 * and the authors (`author`); read back from either place. `<sub>`/`<sup>` become Unicode or
 * plain text (Goldmark drops raw HTML); shortcode starts in text are broken up.
 */
export const hugo: Profile = {
  head(article) {
    const names = authorNames(article);
    return yamlHead({
      title: article.headline,
      date: article.datePublished,
      lastmod: article.dateModified,
      draft: false,
      description: article.description,
      slug: article.slug,
      tags: article.keywords,
      categories: article.articleSection === undefined ? undefined : [article.articleSection],
      canonicalURL: article.url,
      images: article.image ? [article.image.url] : undefined,
      author: names.length === 1 ? names[0] : names,
    });
  },
  body: (article, options) =>
    portableBody(article, options, "unicode").map((block) =>
      typographicAlt(mapInline(block, splitShortcodeCode)),
    ),
  textFilter: textFilter("goldmark"),
  protect: protectShortcodes,
  read: {
    fields: (data) => ({
      headline: data.title,
      datePublished: data.date,
      dateModified: data.lastmod,
      description: data.description,
      slug: data.slug,
      keywords: data.tags,
      articleSection: firstOf(data.categories),
      url: custom(data, "canonicalURL"),
      author: authorsFromNames(custom(data, "author")),
    }),
  },
};
