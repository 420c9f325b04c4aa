import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { articlePath } from "@/lib/paths";
import { SITE_LANGUAGE } from "@/lib/site";
import { siteIndex } from "@/lib/site-content";
import { siteMetadata } from "@/lib/site-metadata";
import "./styles.css";

export const metadata: Metadata = {
  ...siteMetadata(),
  title: "Page not found",
  robots: { index: false },
};

/** The 404 page: says what happened and offers the front page, the sections and the latest. */
export default async function GlobalNotFound() {
  const { articles, sections } = await siteIndex();
  return (
    <PageShell language={SITE_LANGUAGE} sections={sections}>
      <h1 className="listing-title">Page not found</h1>
      <p className="listing-intro">
        There is no page at this address. It may have been mistyped, or the article may have moved.
        Try the <a href="/">front page</a>, a section above, or one of the latest articles:
      </p>
      <ul className="latest">
        {articles.slice(0, 5).map((article) => (
          <li key={article.id} lang={article.inLanguage ?? SITE_LANGUAGE}>
            <a href={articlePath(article.slug)}>{article.headline}</a>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
