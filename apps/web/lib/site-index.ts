import type { Article } from "@broadsheet/article";
import { type Section, sectionSlug, sectionsOf } from "./sections";

/** The content folder indexed once per build: by slug, its sections and each section's articles. */
export interface SiteIndex {
  /** Every article, newest first. */
  articles: Article[];
  bySlug: ReadonlyMap<string, Article>;
  sections: Section[];
  /** The articles filed in each section (by section slug), newest first. */
  bySection: ReadonlyMap<string, Article[]>;
}

/** Indexes articles (newest first) so that every page finds what it shows without a scan. */
export function indexArticles(articles: Article[]): SiteIndex {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const bySection = new Map<string, Article[]>();
  for (const article of articles) {
    if (!article.articleSection) continue;
    const slug = sectionSlug(article.articleSection);
    const filed = bySection.get(slug);
    if (filed) filed.push(article);
    else bySection.set(slug, [article]);
  }
  return { articles, bySlug, sections: sectionsOf(articles), bySection };
}
