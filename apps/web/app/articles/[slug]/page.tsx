import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/ArticleView";
import { JsonLd } from "@/components/JsonLd";
import { articleMetadata } from "@/lib/article-metadata";
import { newsArticleJsonLd } from "@/lib/news-article-json-ld";
import { findArticle, siteArticles } from "@/lib/site-content";

export const dynamicParams = false;

/** One page per article of the content folder. */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await siteArticles()).map((article) => ({ slug: article.slug }));
}

async function articleOf(props: PageProps<"/articles/[slug]">) {
  const article = await findArticle((await props.params).slug);
  if (!article) notFound();
  return article;
}

export async function generateMetadata(props: PageProps<"/articles/[slug]">): Promise<Metadata> {
  return articleMetadata(await articleOf(props));
}

/** An article page, with its NewsArticle structured data. */
export default async function ArticlePage(props: PageProps<"/articles/[slug]">) {
  const article = await articleOf(props);
  return (
    <>
      <JsonLd data={newsArticleJsonLd(article)} />
      <ArticleView article={article} />
    </>
  );
}
