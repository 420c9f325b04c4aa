import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/ArticleView";
import { JsonLd } from "@/components/JsonLd";
import { articleMetadata } from "@/lib/article-metadata";
import { articlesToRender } from "@/lib/article-outputs";
import { newsArticleJsonLd } from "@/lib/news-article-json-ld";
import { findArticle } from "@/lib/site-content";

export const dynamicParams = false;

/** A page per article this build renders (the export step copies the others from the build cache). */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await articlesToRender()).map((article) => ({ slug: article.slug }));
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
