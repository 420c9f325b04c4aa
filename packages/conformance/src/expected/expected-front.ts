import { type Article, excerpt } from "@broadsheet/article";
import type { ProfileName } from "@broadsheet/markdown";
import { parse } from "yaml";
import { splitFrontMatter } from "../platforms/front-matter.js";
import type { FrontRead } from "../platforms/platform.js";

/** The front matter a platform should read for an article, and the fields it may fill itself. */
export interface ExpectedFront {
  fields: FrontRead;
  /** Fields a platform fills in when the file has none (a date from the file, lastmod = date). */
  defaulted: readonly (keyof FrontRead)[];
}

function names(article: Article): string[] {
  return (article.author ?? []).map((author) => author.name);
}

function writtenTags(markdown: string): unknown {
  const { yaml } = splitFrontMatter(markdown);
  const data = (yaml === undefined ? {} : (parse(yaml) ?? {})) as Record<string, unknown>;
  return typeof data.tags === "string" ? data.tags.split(",").map((tag) => tag.trim()) : undefined;
}

/**
 * What each profile's platform should read from the exported file: the article's own fields
 * under the platform's names. dev.to's and Hashnode's tags are compared with the tag list the
 * file states (read with `yaml`), since the profile rewrites tags to the platform's rules.
 */
export function expectedFront(
  article: Article,
  profile: ProfileName,
  markdown: string,
): ExpectedFront | undefined {
  const authors = names(article);
  const section = article.articleSection === undefined ? undefined : [article.articleSection];
  switch (profile) {
    case "hugo":
      return {
        fields: {
          title: article.headline,
          date: article.datePublished,
          modified: article.dateModified ?? article.datePublished,
          description: article.description,
          tags: article.keywords,
          categories: section,
          author: authors.length === 1 ? authors[0] : authors,
          canonicalUrl: article.url,
          image: article.image?.url,
          slug: article.slug,
        },
        defaulted: ["date", "modified"],
      };
    case "jekyll":
      return {
        fields: {
          title: article.headline,
          date: article.datePublished,
          modified: article.dateModified,
          description: article.description,
          tags: article.keywords,
          categories: section,
          author: authors[0],
          canonicalUrl: article.url,
          image: article.image?.url,
        },
        defaulted: ["date"],
      };
    case "eleventy":
      return {
        fields: {
          title: article.headline,
          description: article.description,
          date: article.datePublished,
          tags: article.keywords,
        },
        defaulted: ["date"],
      };
    case "astro":
      return {
        fields: {
          title: article.headline,
          description: article.description ?? (excerpt(article) || undefined),
          date: article.datePublished,
          modified: article.dateModified,
          slug: article.slug,
        },
        defaulted: [],
      };
    case "devto":
      return {
        fields: {
          title: article.headline,
          description: article.description,
          tags: writtenTags(markdown),
          canonicalUrl: article.url,
          image: article.image?.url,
        },
        defaulted: [],
      };
    case "hashnode":
      return {
        fields: {
          title: article.headline,
          subtitle: article.alternativeHeadline,
          slug: article.slug,
          tags: writtenTags(markdown),
          canonicalUrl: article.url,
          description: article.description,
        },
        defaulted: [],
      };
    default:
      return undefined;
  }
}
