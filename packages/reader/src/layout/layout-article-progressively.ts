import type { Article } from "@broadsheet/article";
import { createLayoutContext } from "./create-layout-context.js";
import { frameLines } from "./frame-lines.js";
import { layoutBlocks } from "./layout-blocks.js";
import { layoutFooter } from "./layout-footer.js";
import { layoutHeader } from "./layout-header.js";
import type { LayoutOptions } from "./layout-options.js";
import type { Layout, LayoutLine, LayoutSection } from "./layout-types.js";
import { readingMinutes } from "./reading-minutes.js";

/** A layout in two steps: enough for the first screen now, the whole article when asked. */
export interface ProgressiveLayout {
  /**
   * The header and the first blocks, without the footer; `complete` is false unless this is
   * already the whole article.
   */
  first: Layout;
  /**
   * The whole layout, equal to `layoutArticle`'s: the lines of `first` come first, unchanged, so
   * line indexes into `first` stay valid. Computed on the first call, then remembered.
   */
  rest(): Layout;
}

/** How much of the article the first step lays out. */
export interface FirstScreen {
  /** Lines to lay out at least (after the first line of `block`, when given). */
  lines: number;
  /** A block to reach first, for a reader resuming further down. */
  block?: number;
}

/**
 * Lays an article out the way `layoutArticle` does, in two steps, so a long article's first
 * screen shows at once: `first` holds the header and whole blocks until it has `screen.lines`
 * lines past the start of `screen.block`; `rest()` lays out the remaining blocks and the footer.
 */
export function layoutArticleProgressively(
  article: Article,
  options: LayoutOptions,
  screen: FirstScreen = { lines: 200 },
): ProgressiveLayout {
  const context = createLayoutContext(options);
  const minutes = options.readingMinutes ?? readingMinutes(article);
  const lines: LayoutLine[] = frameLines(layoutHeader(article, context, minutes), -1);
  const sections: LayoutSection[] = [];
  const count = article.body.length;
  const target = screen.block ?? -1;
  let startLine = 0;
  let next = 0;
  while (next < count && (next <= target || lines.length - startLine < screen.lines)) {
    if (next === target) startLine = lines.length;
    const part = layoutBlocks(article, next, next + 1, context, lines.length);
    for (const line of part.lines) lines.push(line);
    sections.push(...part.sections);
    next++;
  }
  const links = () => (context.hyperlinks ? [] : [...context.links.references]);
  const snapshot = (complete: boolean): Layout => ({
    width: context.width,
    lines: [...lines],
    sections: [...sections],
    links: links(),
    complete,
  });
  if (next >= count) {
    for (const line of frameLines(layoutFooter(article, context), -2)) lines.push(line);
    const whole = snapshot(true);
    return { first: whole, rest: () => whole };
  }
  const first = snapshot(false);
  let whole: Layout | undefined;
  return {
    first,
    rest() {
      if (!whole) {
        const part = layoutBlocks(article, next, count, context, lines.length);
        whole = {
          width: context.width,
          lines: lines.concat(part.lines, frameLines(layoutFooter(article, context), -2)),
          sections: sections.concat(part.sections),
          links: links(),
          complete: true,
        };
      }
      return whole;
    },
  };
}
