/** Six paragraphs of story `index` as a news feed's HTML content carries them (marks, a link, an entity). */
export function feedStoryParagraphs(index: number): string {
  return Array.from(
    { length: 6 },
    (_, paragraph) =>
      `<p>Paragraph ${paragraph + 1} of story ${index}: the council met on Tuesday &amp; voted <em>seven to two</em> to fund the <a href="/topics/transit">night buses</a>, after a debate that ran past midnight.</p>`,
  ).join("");
}
