import type { Article } from "@broadsheet/article";
import { createLayoutContext } from "./create-layout-context.js";
import { frameLines } from "./frame-lines.js";
import { layoutBlocks } from "./layout-blocks.js";
import { layoutFooter } from "./layout-footer.js";
import { layoutHeader } from "./layout-header.js";
import type { LayoutOptions } from "./layout-options.js";
import type { Layout } from "./layout-types.js";
import { readingMinutes } from "./reading-minutes.js";

/**
 * Lays an article out for a reading column of `options.width` terminal columns (clamped to
 * 2–1000): the header, every body block, and the footer (corrections, and the numbered link list
 * when `hyperlinks` is false), as styled lines no wider than the width (unless a single
 * character cluster is), with the sections for the table of contents. Pure; all article text is
 * sanitized for the terminal. See `layoutArticleProgressively` to show the first screen sooner.
 */
export function layoutArticle(article: Article, options: LayoutOptions): Layout {
  const context = createLayoutContext(options);
  const minutes = options.readingMinutes ?? readingMinutes(article);
  const header = frameLines(layoutHeader(article, context, minutes), -1);
  const body = layoutBlocks(article, 0, article.body.length, context, header.length);
  const footer = frameLines(layoutFooter(article, context), -2);
  return {
    width: context.width,
    lines: header.concat(body.lines, footer),
    sections: body.sections,
    links: context.hyperlinks ? [] : [...context.links.references],
    complete: true,
  };
}
