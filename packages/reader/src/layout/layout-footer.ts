import type { Article, Correction } from "@broadsheet/article";
import { displayWidth } from "../measure/display-width.js";
import { wrapText } from "../measure/wrap-text.js";
import { formatArticleDate } from "./format-article-date.js";
import type { LayoutContext } from "./layout-context.js";
import type { Segment } from "./layout-types.js";
import { prefixLines } from "./prefix-lines.js";
import { STYLES } from "./styles.js";
import { textSegment } from "./text-segment.js";

const KIND_LABELS: Record<Correction["kind"], string> = {
  correction: "Correction",
  clarification: "Clarification",
  update: "Update",
};

function correctionLines(corrections: readonly Correction[], width: number): Segment[][] {
  const lines: Segment[][] = [
    [],
    ...wrapText([textSegment("Corrections", STYLES.footerHeading)], width),
  ];
  for (const correction of corrections) {
    const label = `${KIND_LABELS[correction.kind] ?? "Note"}, ${formatArticleDate(correction.date)}: `;
    lines.push(
      ...wrapText(
        [textSegment(label, STYLES.correctionLabel), textSegment(correction.text)],
        width,
      ),
    );
  }
  return lines;
}

function linkLines(context: LayoutContext): Segment[][] {
  const { references } = context.links;
  const markerWidth = Math.max(...references.map(({ number }) => displayWidth(`[${number}]`)));
  const indent = markerWidth + 1;
  const hanging = context.width - indent >= 10;
  const lines: Segment[][] = [
    [],
    ...wrapText([textSegment("Links", STYLES.footerHeading)], context.width),
  ];
  for (const { number, href } of references) {
    const marker = { text: `[${number}]`.padStart(markerWidth, " "), style: STYLES.linkNumber };
    const url = textSegment(href, STYLES.url);
    if (hanging) {
      const wrapped = wrapText([url], context.width - indent);
      lines.push(...prefixLines(wrapped, [marker, { text: " " }], [{ text: " ".repeat(indent) }]));
    } else {
      lines.push(
        ...wrapText(
          [{ ...marker, text: marker.text.trimStart() }, { text: " " }, url],
          context.width,
        ),
      );
    }
  }
  return lines;
}

/**
 * What follows the body: the corrections, then, when links are shown as numbered references, the
 * list of their destinations. Empty when there is neither.
 */
export function layoutFooter(article: Article, context: LayoutContext): Segment[][] {
  const lines: Segment[][] = [];
  if (article.corrections?.length)
    lines.push(...correctionLines(article.corrections, context.width));
  if (!context.hyperlinks && context.links.references.length > 0) lines.push(...linkLines(context));
  return lines;
}
