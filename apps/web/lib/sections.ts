import { type Article, slugify } from "@broadsheet/article";

/** A section of the publication and its URL slug. */
export interface Section {
  name: string;
  slug: string;
}

/** The slug of a section name, `section` when nothing Latin remains. */
export function sectionSlug(name: string): string {
  return slugify(name) || "section";
}

/** The sections the articles are filed in, in order of first appearance (newest first). */
export function sectionsOf(articles: readonly Article[]): Section[] {
  const seen = new Map<string, Section>();
  for (const article of articles) {
    if (!article.articleSection) continue;
    const slug = sectionSlug(article.articleSection);
    if (!seen.has(slug)) seen.set(slug, { name: article.articleSection, slug });
  }
  return [...seen.values()];
}
