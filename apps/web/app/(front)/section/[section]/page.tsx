import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "../../../../components/ArticleList";
import { sectionPath } from "../../../../lib/paths";
import { sectionSlug, sectionsOf } from "../../../../lib/sections";
import { siteArticles } from "../../../../lib/site-content";
import { listingMetadata } from "../../../../lib/site-metadata";

export const dynamicParams = false;

/** One page per section the articles are filed in. */
export async function generateStaticParams(): Promise<{ section: string }[]> {
  return sectionsOf(await siteArticles()).map((section) => ({ section: section.slug }));
}

async function sectionOf(slug: string) {
  const articles = await siteArticles();
  const section = sectionsOf(articles).find((candidate) => candidate.slug === slug);
  if (!section) notFound();
  const filed = articles.filter(
    (article) => article.articleSection && sectionSlug(article.articleSection) === slug,
  );
  return { section, articles: filed };
}

export async function generateMetadata(props: PageProps<"/section/[section]">): Promise<Metadata> {
  const { section } = await sectionOf((await props.params).section);
  return listingMetadata(sectionPath(section.slug), section.name, `${section.name} articles`);
}

/** The front page filtered to one section, newest first. */
export default async function SectionPage(props: PageProps<"/section/[section]">) {
  const { section, articles } = await sectionOf((await props.params).section);
  return <ArticleList title={section.name} articles={articles} />;
}
