import { type Article, excerpt } from "@broadsheet/article";
import { formatDate } from "@/lib/format-date";
import { labelsFor } from "@/lib/labels";
import { articlePath, sectionPath } from "@/lib/paths";
import { readingMinutes } from "@/lib/reading-minutes";
import { sectionSlug } from "@/lib/sections";

/** An article on the front page: section, headline, dek, date and reading time. */
export function ArticleCard({ article }: { article: Article }) {
  const language = article.inLanguage ?? "en";
  const labels = labelsFor(language);
  return (
    <article className="card" lang={language}>
      {article.articleSection ? (
        <p className="kicker">
          <a href={sectionPath(sectionSlug(article.articleSection))}>{article.articleSection}</a>
        </p>
      ) : null}
      <h2>
        <a href={articlePath(article.slug)}>{article.headline}</a>
      </h2>
      <p className="dek">{article.alternativeHeadline ?? excerpt(article)}</p>
      <p className="card-meta">
        {article.datePublished ? (
          <time dateTime={article.datePublished}>
            {formatDate(article.datePublished, language)}
          </time>
        ) : null}
        <span>{labels.minutesToRead(readingMinutes(article))}</span>
      </p>
    </article>
  );
}
