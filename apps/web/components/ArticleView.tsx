import { type Article, tableOfContents } from "@broadsheet/article";
import { labelsFor } from "@/lib/labels";
import { readingMinutes } from "@/lib/reading-minutes";
import { wantsTableOfContents } from "@/lib/wants-table-of-contents";
import { ArticleBody } from "./ArticleBody";
import { ArticleHeader } from "./ArticleHeader";
import { Citations } from "./Citations";
import { Corrections } from "./Corrections";
import { LeadFigure } from "./LeadFigure";
import { TableOfContents } from "./TableOfContents";

/** A whole article: header, lead picture, contents for long articles, body, corrections, sources. */
export function ArticleView({ article }: { article: Article }) {
  const language = article.inLanguage ?? "en";
  const labels = labelsFor(language);
  const toc = tableOfContents(article);
  return (
    <article className="article">
      <ArticleHeader article={article} labels={labels} language={language} />
      {article.image ? <LeadFigure image={article.image} /> : null}
      {wantsTableOfContents(toc.length, readingMinutes(article)) ? (
        <TableOfContents entries={toc} label={labels.contents} />
      ) : null}
      <ArticleBody article={article} />
      {article.corrections && article.corrections.length > 0 ? (
        <Corrections corrections={article.corrections} labels={labels} language={language} />
      ) : null}
      {article.citation && article.citation.length > 0 ? (
        <Citations citations={article.citation} labels={labels} />
      ) : null}
      {article.copyrightHolder || article.license ? (
        <p className="rights">
          {article.copyrightHolder ? `© ${article.copyrightHolder}` : null}
          {article.copyrightHolder && article.license ? " · " : null}
          {article.license}
        </p>
      ) : null}
    </article>
  );
}
