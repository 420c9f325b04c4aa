import { type Inline, MARK_ELEMENTS, type Span } from "@broadsheet/article";
import { Fragment, type ReactNode } from "react";
import { isExternalUrl } from "@/lib/is-external-url";

function renderSpan(span: Span): ReactNode {
  let node: ReactNode = span.text.includes("\n") ? withLineBreaks(span.text) : span.text;
  for (const mark of [...(span.marks ?? [])].reverse()) {
    const Element = MARK_ELEMENTS[mark];
    node = <Element>{node}</Element>;
  }
  if (span.href === undefined) return node;
  return (
    <a href={span.href} rel={isExternalUrl(span.href) ? "noopener noreferrer" : undefined}>
      {node}
    </a>
  );
}

function withLineBreaks(text: string): ReactNode {
  return text.split("\n").map((line, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: lines of one span have no other identity
    <span key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </span>
  ));
}

/** Inline spans as HTML: each mark as its element of `MARK_ELEMENTS` (the first mark outermost); links. */
export function InlineContent({ content }: { content: Inline }): ReactNode {
  return content.map((span, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional and never reorder
    <Fragment key={index}>{renderSpan(span)}</Fragment>
  ));
}
