import type { Article } from "@broadsheet/article";
import { formatDate } from "@/lib/format-date";
import type { Labels } from "@/lib/labels";
import { markdownPath, sectionPath } from "@/lib/paths";
import { readingMinutes } from "@/lib/reading-minutes";
import { sectionSlug } from "@/lib/sections";
import { Byline } from "./Byline";
import { Dateline } from "./Dateline";

/** Kicker and section, the headline (the page's only h1), dek, byline, dateline and dates. */
export function ArticleHeader(props: { article: Article; labels: Labels; language: string }) {
  const { article, labels, language } = props;
  return (
    <header className="article-header">
      {article.kicker || article.articleSection ? (
        <p className="kicker">
          {article.articleSection ? (
            <a href={sectionPath(sectionSlug(article.articleSection))}>{article.articleSection}</a>
          ) : null}
          {article.kicker && article.articleSection ? " · " : null}
          {article.kicker}
        </p>
      ) : null}
      <h1>{article.headline}</h1>
      {article.alternativeHeadline ? <p className="dek">{article.alternativeHeadline}</p> : null}
      {article.author && article.author.length > 0 ? (
        <Byline authors={article.author} labels={labels} />
      ) : null}
      <p className="article-meta">
        {article.dateline ? <Dateline dateline={article.dateline} /> : null}
        {article.datePublished ? (
          <span>
            {labels.published}{" "}
            <time dateTime={article.datePublished}>
              {formatDate(article.datePublished, language)}
            </time>
          </span>
        ) : null}
        {article.dateModified ? (
          <span>
            {labels.updated}{" "}
            <time dateTime={article.dateModified}>
              {formatDate(article.dateModified, language)}
            </time>
          </span>
        ) : null}
        <span>{labels.minutesToRead(readingMinutes(article))}</span>
        <a href={markdownPath(article.slug)} type="text/markdown">
          {labels.markdown}
        </a>
      </p>
    </header>
  );
}
