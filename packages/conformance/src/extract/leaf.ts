/**
 * One block as a reader sees it: a paragraph, a heading, a list item, a table cell, a code
 * block, a rule. Links, images and marks are written as text (`text → href`, `alt → src`,
 * `em: text`) so two leaves compare and print plainly.
 */
export interface Leaf {
  /** `p`, `h1`…`h6`, `li`, `th`, `td`, `code`, `hr`, `text` (loose inline content), with `quote > ` for each quote it sits in. */
  kind: string;
  /** Where it stands: a list item's visible number (`4.`) or bullet (`•`), a cell's `row 1, column 2`. */
  place?: string;
  /** The visible text; a hard line break is `\n`. */
  text: string;
  links: string[];
  images: string[];
  marks: string[];
}

/** A link, image or mark as a leaf lists it. */
export function linkFact(text: string, href: string): string {
  return `${text} → ${href}`;
}

/** An image as a leaf lists it. */
export function imageFact(alt: string, src: string): string {
  return `${alt} → ${src}`;
}

/** A mark as a leaf lists it. */
export function markFact(mark: string, text: string): string {
  return `${mark}: ${text}`;
}

/** Collapses runs of white space to one space (a hard break stays `\n`) and trims. */
export function collapseSpace(text: string): string {
  return text
    .replace(/[ \t\n\r\f]+/g, " ")
    .replace(/ ?\u2028 ?/g, "\n")
    .replace(/^[ \n]+|[ \n]+$/g, "");
}
