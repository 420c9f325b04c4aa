import type { Article } from "@broadsheet/article";
import { ArticleBody } from "@/components/ArticleBody";
import { Corrections } from "@/components/Corrections";
import { LeadFigure } from "@/components/LeadFigure";
import { labelsFor } from "@/lib/labels";

/**
 * An article as a feed entry's content: the page's lead picture, body and corrections, from the
 * same components. The headline, byline and dates are the entry's own fields. Two page-only
 * touches are left out: the subheads' links to themselves (a feed reader shows a bare `#`), and
 * the lead picture's fetch priority (it loads lazily, so nothing asks for a preload `<link>`).
 */
export function FeedArticle({ article }: { article: Article }) {
  const language = article.inLanguage ?? "en";
  return (
    <>
      {article.image ? <LeadFigure image={article.image} priority={false} /> : null}
      <ArticleBody article={article} headingLinks={false} />
      {article.corrections && article.corrections.length > 0 ? (
        <Corrections
          corrections={article.corrections}
          labels={labelsFor(language)}
          language={language}
        />
      ) : null}
    </>
  );
}
