import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/PageShell";
import { findArticle, siteIndex } from "@/lib/site-content";
import { siteMetadata } from "@/lib/site-metadata";
import "@/app/styles.css";

export const metadata: Metadata = siteMetadata();

/**
 * Root layout of an article page. It is a root layout of its own (there is no `app/layout.tsx`)
 * so that `<html lang dir>` comes from the article's language in the static HTML.
 */
export default async function ArticleLayout(props: LayoutProps<"/articles/[slug]">) {
  const article = await findArticle((await props.params).slug);
  if (!article) notFound();
  const { sections } = await siteIndex();
  return (
    <PageShell language={article.inLanguage ?? "en"} sections={sections}>
      {props.children}
    </PageShell>
  );
}
