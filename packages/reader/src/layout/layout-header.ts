import type { Article } from "@broadsheet/article";
import { displayWidth } from "../measure/display-width.js";
import { wrapText } from "../measure/wrap-text.js";
import { bylineSegments } from "./byline-segments.js";
import { formatArticleDate } from "./format-article-date.js";
import type { LayoutContext } from "./layout-context.js";
import type { Segment } from "./layout-types.js";
import { ruleLine } from "./rule-line.js";
import { STYLES } from "./styles.js";
import { textSegment } from "./text-segment.js";

function kickerSegments(article: Article): Segment[] {
  const segments: Segment[] = [];
  if (article.kicker) segments.push(textSegment(article.kicker, STYLES.kicker));
  if (article.articleSection && article.articleSection !== article.kicker) {
    if (segments.length > 0) segments.push({ text: " · ", style: STYLES.section });
    segments.push(textSegment(article.articleSection, STYLES.section));
  }
  return segments;
}

function datelineText(article: Article): string | undefined {
  const dateline = article.dateline;
  if (!dateline) return undefined;
  const date = dateline.date ? `, ${dateline.date}` : "";
  const source = dateline.source ? ` (${dateline.source})` : "";
  return `${dateline.place}${date}${source}`;
}

function metaParts(article: Article, minutes: number): string[] {
  const published = article.datePublished ? formatArticleDate(article.datePublished) : undefined;
  const modified = article.dateModified ? formatArticleDate(article.dateModified) : undefined;
  const updated = modified && modified !== published ? `Updated ${modified}` : undefined;
  return [datelineText(article), published, updated, `${minutes} min read`].filter(
    (part) => part !== undefined,
  );
}

/** Parts joined by ` · `, a line breaking between parts rather than inside one where it can. */
function packParts(parts: readonly string[], width: number): Segment[][] {
  const lines: Segment[][] = [];
  let line = "";
  const flush = () => {
    if (line) lines.push(...wrapText([textSegment(line, STYLES.meta)], width));
    line = "";
  };
  for (const part of parts) {
    const clean = textSegment(part).text;
    const joined = line ? `${line} · ${clean}` : clean;
    if (displayWidth(joined) <= width) line = joined;
    else {
      flush();
      line = clean;
    }
  }
  flush();
  return lines;
}

function leadImageLines(article: Article, width: number): Segment[][] {
  const image = article.image;
  if (!image) return [];
  const lines = wrapText([textSegment(`[Image: ${image.alt}]`, STYLES.placeholder)], width);
  if (image.caption) lines.push(...wrapText([textSegment(image.caption, STYLES.caption)], width));
  if (image.credit) {
    lines.push(...wrapText([textSegment(`Credit: ${image.credit}`, STYLES.caption)], width));
  }
  return lines;
}

/**
 * The article's header: kicker and section, the headline (bold), the dek, then the byline, a
 * line with the dateline, the dates and the reading time, the lead image's placeholder, and a
 * rule, followed by a blank line.
 */
export function layoutHeader(
  article: Article,
  context: LayoutContext,
  minutes: number,
): Segment[][] {
  const { width } = context;
  const lines: Segment[][] = [];
  const kicker = kickerSegments(article);
  if (kicker.length > 0) lines.push(...wrapText(kicker, width));
  lines.push(...wrapText([textSegment(article.headline, STYLES.headline)], width));
  if (article.alternativeHeadline) {
    lines.push(...wrapText([textSegment(article.alternativeHeadline, STYLES.dek)], width));
  }
  lines.push([]);
  const byline = bylineSegments(article.author ?? [], context.hyperlinks);
  if (byline.length > 0) lines.push(...wrapText(byline, width));
  lines.push(...packParts(metaParts(article, minutes), width));
  const image = leadImageLines(article, width);
  if (image.length > 0) lines.push([], ...image);
  lines.push(ruleLine(width, STYLES.rule), []);
  return lines;
}
