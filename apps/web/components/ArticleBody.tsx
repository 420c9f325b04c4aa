import { type Article, tableOfContents } from "@broadsheet/article";
import { BodyBlock } from "./blocks/BodyBlock";

/**
 * The body of an article, block by block, with heading ids from the table of contents;
 * `headingLinks: false` leaves out the subheads' links to themselves (feeds).
 */
export function ArticleBody(props: { article: Pick<Article, "body">; headingLinks?: boolean }) {
  const { article, headingLinks = true } = props;
  const headingIds = new Map(tableOfContents(article).map((entry) => [entry.block, entry.id]));
  return (
    <div className="article-body">
      {article.body.map((block, index) => (
        <BodyBlock
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional and never reorder
          key={index}
          block={block}
          headingId={headingIds.get(index)}
          headingLinks={headingLinks}
        />
      ))}
    </div>
  );
}
