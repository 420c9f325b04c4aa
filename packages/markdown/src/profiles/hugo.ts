import type { Article } from "@broadsheet/article";
import { mapInline } from "../portable/map-inline.js";
import { portableBody } from "../portable/portable-body.js";
import { splitShortcodeCode } from "../portable/split-shortcode-code.js";
import { typographicAlt } from "../portable/typographic-alt.js";
import { textFilter } from "../render/text-filter.js";
import { protectShortcodes } from "../templates/hugo-shortcodes.js";
import { authorNames, authorsFromNames } from "./authors.js";
import { firstOf } from "./first-of.js";
import type { Profile } from "./profile.js";
import { slugFileName } from "./slug-file-name.js";
import { yamlHead } from "./yaml-head.js";

function authorField(article: Article): string | string[] {
  const names = authorNames(article);
  return names.length === 1 ? (names[0] as string) : names;
}

/** A custom field at the top level (what every Hugo reads) or under `params` (Hugo 0.123+). */
function custom(data: Record<string, unknown>, key: string): unknown {
  const params = data.params;
  const nested =
    typeof params === "object" && params !== null
      ? (params as Record<string, unknown>)[key]
      : undefined;
  return nested ?? data[key];
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
      author: authorField(article),
    });
  },
  body(article, options) {
    return portableBody(article, { scripts: "unicode", attribution: options.attribution }).map(
      (block) => typographicAlt(mapInline(block, splitShortcodeCode)),
    );
  },
  datelineInLead: false,
  markers: false,
  textFilter: textFilter("goldmark"),
  protect: protectShortcodes,
  fileName: slugFileName,
  read: {
    fields(data) {
      return {
        headline: data.title,
        datePublished: data.date,
        dateModified: data.lastmod,
        description: data.description,
        slug: data.slug,
        keywords: data.tags,
        articleSection: firstOf(data.categories),
        url: custom(data, "canonicalURL"),
        author: authorsFromNames(custom(data, "author")),
      };
    },
  },
};
