import type { Metadata } from "next";
import { ArticleList } from "../../components/ArticleList";
import { SITE_DESCRIPTION, SITE_NAME } from "../../lib/site";
import { siteArticles } from "../../lib/site-content";
import { listingMetadata } from "../../lib/site-metadata";

export const metadata: Metadata = listingMetadata("/");

/** The front page: every article, newest first. */
export default async function FrontPage() {
  const articles = await siteArticles();
  return <ArticleList title={SITE_NAME} intro={SITE_DESCRIPTION} articles={articles} />;
}
