/** A style a terminal can show; themes map roles to colours. */
export interface SegmentStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  dim?: boolean;
  inverse?: boolean;
  /** A colour role, resolved by the theme (never a raw colour, so themes and NO_COLOR work). */
  role?: "headline" | "dek" | "heading" | "quote" | "muted" | "link" | "code" | "accent" | "match";
  /** Link destination (already checked http/https/mailto) for OSC 8 hyperlinks. */
  href?: string;
}

/** A run of sanitized text with one style. Its display width is measured with `displayWidth`. */
export interface Segment {
  text: string;
  style?: SegmentStyle;
}

/** One laid-out terminal row of the reading column (without the centring margin). */
export interface LayoutLine {
  segments: Segment[];
  /** Index of the body block the line belongs to; -1 for the header (headline, dek, byline…), -2 for the footer. */
  block: number;
  /** Index of this line within its block's lines (0 for the block's first line). */
  lineInBlock: number;
}

/** A section of the article for the table of contents and `[` / `]`. */
export interface LayoutSection {
  title: string;
  level: 2 | 3 | 4;
  /** Index into `lines` of the heading's first line. */
  line: number;
}

/** A numbered link reference, the fallback for terminals without OSC 8. */
export interface LinkReference {
  number: number;
  href: string;
}

/** The article laid out for one column width. Pure data: no Ink, no I/O. */
export interface Layout {
  width: number;
  lines: LayoutLine[];
  sections: LayoutSection[];
  links: LinkReference[];
  /**
   * False for the first part of a progressive layout (the header and the first blocks, no footer);
   * absent or true once every block is laid out.
   */
  complete?: boolean;
}

/** Where the reader is, independent of width: a block and how far into it (0..1). */
export interface ReadingAnchor {
  block: number;
  fraction: number;
}
