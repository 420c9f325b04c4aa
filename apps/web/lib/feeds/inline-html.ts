import type { Inline, Mark, Span } from "@broadsheet/article";
import { escapeMarkup } from "./escape-markup";

const MARK_TAGS: Record<Mark, string> = {
  em: "em",
  strong: "strong",
  code: "code",
  sub: "sub",
  sup: "sup",
  strike: "s",
};

function spanHtml(span: Span): string {
  let html = escapeMarkup(span.text).replace(/\n/g, "<br>");
  for (const mark of [...(span.marks ?? [])].reverse()) {
    const tag = MARK_TAGS[mark];
    html = `<${tag}>${html}</${tag}>`;
  }
  return span.href === undefined ? html : `<a href="${escapeMarkup(span.href)}">${html}</a>`;
}

/** Inline spans as an HTML string for feed readers; every text is escaped. */
export function inlineHtml(content: Inline): string {
  return content.map(spanHtml).join("");
}
