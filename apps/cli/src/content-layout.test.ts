import { fileURLToPath } from "node:url";
import { tableOfContents } from "@broadsheet/article";
import { loadContent } from "@broadsheet/content";
import { layoutArticle, renderPlainText } from "@broadsheet/reader";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";

const contentDir = fileURLToPath(new URL("../../../content", import.meta.url));
const { articles, errors } = await loadContent(contentDir);

describe("the content folder, laid out", () => {
  it("loads", () => {
    expect(errors).toEqual([]);
    expect(articles.length).toBeGreaterThan(0);
  });

  describe.each(articles.map(({ article }) => [article.slug, article] as const))(
    "%s",
    (_slug, article) => {
      it.each([40, 72, 100])("fits width %i with every block present", (width) => {
        for (const hyperlinks of [false, true]) {
          const layout = layoutArticle(article, { width, hyperlinks });
          for (const text of renderPlainText(layout)) {
            expect(stringWidth(text), text).toBeLessThanOrEqual(width);
          }
          const blocks = new Set(layout.lines.map((line) => line.block));
          article.body.forEach((_, index) => {
            expect(blocks.has(index), `block ${index}`).toBe(true);
          });
          expect(layout.sections.map((section) => section.title)).toEqual(
            tableOfContents(article).map((entry) => entry.text),
          );
        }
      });
    },
  );
});
