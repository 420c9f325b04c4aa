import { type Article, tableOfContents } from "@broadsheet/article";
import { BodyBlock } from "./blocks/BodyBlock";

/** The body of an article, block by block, with heading ids from the table of contents. */
export function ArticleBody({ article }: { article: Pick<Article, "body"> }) {
  const headingIds = new Map(tableOfContents(article).map((entry) => [entry.block, entry.id]));
  return (
    <div className="article-body">
      {article.body.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional and never reorder
        <BodyBlock key={index} block={block} headingId={headingIds.get(index)} />
      ))}
    </div>
  );
}
