import { inlineText } from "@broadsheet/article";
import type { BodyNode } from "./body-node.js";
import { closesWithQuote, opensWithQuote, stripQuotationMarks } from "./quotation-marks.js";
import { quoteForNote } from "./quote-for-note.js";
import type { WireNote } from "./wire-rule.js";

/** The quotation to append: its paragraphs, attribution and source lines. */
export interface QuotationParts {
  paragraphs: readonly string[];
  attribution: string;
  first: number;
  last: number;
}

/**
 * Appends a block quote with its attribution. Paragraphs before it that open a quotation without
 * closing it (the convention for a quote that runs over several paragraphs) are taken into the
 * quote. The enclosing quotation marks are removed when the quote is one clean quotation. Text that
 * is not wholly in quotation marks is still a block quote, but gets a `blockquote-guess` note.
 */
export function appendBlockquote(
  nodes: BodyNode[],
  notes: WireNote[],
  parts: QuotationParts,
): void {
  const earlier: string[] = [];
  let first = parts.first;
  let opening = parts.paragraphs[0] ?? "";
  for (let previous = nodes[nodes.length - 1]; previous; previous = nodes[nodes.length - 1]) {
    if (!opensWithQuote(opening) || previous.block.type !== "paragraph") break;
    const text = inlineText(previous.block.content);
    if (!opensWithQuote(text) || closesWithQuote(text)) break;
    nodes.pop();
    earlier.push(text);
    first = previous.first;
    opening = text;
  }
  const paragraphs = [...earlier.reverse(), ...parts.paragraphs];
  const closing = paragraphs[paragraphs.length - 1] ?? "";
  if (!opensWithQuote(opening) || !closesWithQuote(closing)) {
    notes.push({
      rule: "blockquote-guess",
      note: `Read the text above the attribution ${quoteForNote(parts.attribution)} as a block quote, though it is not wholly in quotation marks.`,
      line: parts.last,
    });
  }
  nodes.push({
    block: {
      type: "blockquote",
      style: "block",
      paragraphs: stripQuotationMarks(paragraphs).map((text) => [{ text }]),
      attribution: parts.attribution,
    },
    first,
    last: parts.last,
  });
}
