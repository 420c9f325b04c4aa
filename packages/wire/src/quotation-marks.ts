const OPENING = new Set(['"', "“", "„", "«", "»", "‹", "‘", "'", "‚", "「", "『"]);
const CLOSING = new Set(['"', "”", "“", "»", "«", "›", "’", "'", "」", "』"]);
const DOUBLE = new Set(['"', "“", "”", "„", "«", "»", "「", "」", "『", "』"]);

/** Whether the text starts with an opening quotation mark (straight, curly, guillemet or corner). */
export function opensWithQuote(text: string): boolean {
  return OPENING.has(text.charAt(0));
}

/** Whether the text ends with a closing quotation mark. */
export function closesWithQuote(text: string): boolean {
  return CLOSING.has(text.charAt(text.length - 1));
}

function containsDouble(text: string): boolean {
  for (const character of text) if (DOUBLE.has(character)) return true;
  return false;
}

/**
 * Removes the quotation marks around a set-off quotation of one or more paragraphs: the opening
 * mark of each paragraph (by convention every paragraph of a long quote opens with one) and the
 * closing mark of the last. The paragraphs are returned unchanged when they are not one clean
 * quotation, such as `"Yes," she said. "Now."`, so no text is lost or mangled.
 */
export function stripQuotationMarks(paragraphs: readonly string[]): readonly string[] {
  const first = paragraphs[0] ?? "";
  const last = paragraphs[paragraphs.length - 1] ?? "";
  if (!opensWithQuote(first) || !closesWithQuote(last)) return paragraphs;
  const double = DOUBLE.has(first.charAt(0));
  const stripped = paragraphs.map((paragraph, index) => {
    let text = opensWithQuote(paragraph) ? paragraph.slice(1) : paragraph;
    if (index === paragraphs.length - 1) text = text.slice(0, -1);
    return text.trim();
  });
  const clean = stripped.every(
    (text) => text !== "" && (double ? !containsDouble(text) : !text.includes("‘")),
  );
  return clean ? stripped : paragraphs;
}
