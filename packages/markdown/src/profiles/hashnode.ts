import { portableBody } from "../portable/portable-body.js";
import { encodeMathUrls } from "../portable/url-encoding.js";
import { textFilter } from "../render/text-filter.js";
import { yamlHead } from "./fields.js";
import type { Profile } from "./profile.js";
import { splitTags, tagList } from "./tag-list.js";

/**
 * Hashnode's publish-from-GitHub files: `title`, `subtitle` (the dek), `slug`, `tags` (up to
 * five tag slugs, comma-separated), `domain` (when given), `canonical`, `seoDescription` and
 * `saveAsDraft: true`. `cover` is left out: Hashnode takes only images uploaded to its CDN.
 * Its raw HTML support is not documented, so `<sub>`/`<sup>` become Unicode or plain text, and
 * a `$$` in a link or image URL is written `%24$` so it cannot open math.
 */
export const hashnode: Profile = {
  head(article, options) {
    const tags = tagList(article.keywords, { max: 5, hyphens: true });
    return yamlHead({
      title: article.headline,
      subtitle: article.alternativeHeadline,
      slug: article.slug,
      tags: tags.length > 0 ? tags.join(", ") : undefined,
      domain: options.domain,
      canonical: article.url,
      seoDescription: article.description,
      saveAsDraft: true,
    });
  },
  body: (article, options) => portableBody(article, options, "unicode").map(encodeMathUrls),
  textFilter: textFilter("cmark-gfm", "pandoc", "hashnode"),
  read: {
    fields: (data) => ({
      headline: data.title,
      alternativeHeadline: data.subtitle,
      slug: data.slug,
      keywords: splitTags(data.tags),
      url: data.canonical,
      description: data.seoDescription,
    }),
  },
};
