import type { Article, Block } from "@broadsheet/article";
import { everyBlockArticle } from "@broadsheet/article/testing";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleView } from "./ArticleView";

const words = (count: number) => Array.from({ length: count }, (_, n) => `word${n}`).join(" ");

/** An article of `sections` subheads, each followed by a paragraph of `wordsEach` words. */
function articleOf(sections: number, wordsEach: number): Article {
  const body = Array.from({ length: sections }, (_, n): Block[] => [
    { type: "heading", level: 2, content: [{ text: `Part ${n + 1}` }] },
    { type: "paragraph", content: [{ text: words(wordsEach) }] },
  ]).flat();
  return { ...everyBlockArticle(), body };
}

const html = (article: Article) => renderToStaticMarkup(<ArticleView article={article} />);

describe("ArticleView's table of contents", () => {
  it("lists the subheads of a long article, linking to their anchors", () => {
    const out = html(articleOf(4, 400));
    expect(out).toContain('<nav class="toc"');
    expect(out).toContain('<a href="#part-1">Part 1</a>');
    expect(out).toContain('<a href="#part-4">Part 4</a>');
  });

  it("is left out of a short article with as many subheads", () => {
    expect(html(articleOf(4, 20))).not.toContain('class="toc"');
  });
});
