import { type Article, excerpt } from "@broadsheet/article";
import type { ProfileName } from "./profiles/index.js";
import { tagList } from "./profiles/tag-list.js";

type Carried = Partial<Omit<Article, "body" | "schemaVersion" | "id">>;

const names = (article: Article) =>
  article.author?.length ? article.author.map(({ name }) => ({ name })) : undefined;
const list = <T>(items: readonly T[] | undefined) => (items?.length ? [...items] : undefined);
const utcAsOffset = (date: string | undefined) => date?.replace(/Z$/, "+00:00");
const nonEmpty = (tags: string[]) => (tags.length > 0 ? tags : undefined);

/**
 * The fields each profile carries, as they read back: what `fromMarkdown(toMarkdown(a, {
 * profile }), { profile })` returns besides the body, `schemaVersion` and `id`. Everything else
 * is dropped by the profile.
 */
export const CARRIED: Record<ProfileName, (article: Article) => Carried> = {
  broadsheet: ({ body: _body, schemaVersion: _version, id: _id, ...fields }) => fields,
  gfm: (a) => ({ headline: a.headline }),
  hugo: (a) => ({
    headline: a.headline,
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    description: a.description,
    slug: a.slug,
    keywords: list(a.keywords),
    articleSection: a.articleSection,
    url: a.url,
    author: names(a),
  }),
  jekyll: (a) => ({
    headline: a.headline,
    datePublished: utcAsOffset(a.datePublished),
    dateModified: utcAsOffset(a.dateModified),
    articleSection: a.articleSection,
    keywords: list(a.keywords),
    author: names(a),
    description: a.description,
    inLanguage: a.inLanguage,
    url: a.url,
  }),
  astro: (a) => ({
    headline: a.headline,
    description: a.description ?? (excerpt(a) || undefined),
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    slug: a.slug,
  }),
  eleventy: (a) => ({
    headline: a.headline,
    description: a.description,
    datePublished: a.datePublished,
    keywords: list(a.keywords),
  }),
  devto: (a) => ({
    headline: a.headline,
    description: a.description,
    keywords: nonEmpty(tagList(a.keywords, { max: 4, hyphens: false, maxLength: 30 })),
    url: a.url,
  }),
  hashnode: (a) => ({
    headline: a.headline,
    alternativeHeadline: a.alternativeHeadline,
    slug: a.slug,
    keywords: nonEmpty(tagList(a.keywords, { max: 5, hyphens: true })),
    url: a.url,
    description: a.description,
  }),
};
