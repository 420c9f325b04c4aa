import type { Cell } from "./cell.js";
import type { InlineOptions } from "./render-inline.js";

/**
 * A publication profile's last pass over rendered inline cells, for what its target reads
 * differently from CommonMark (math dollars, template tags, other line breaks): it may set
 * `escape` or `encode` on text cells and replace or insert cells, and returns the cells to write.
 * It is told where the text is written (a heading, a table cell, …).
 */
export interface TextFilter {
  (cells: Cell[], where: InlineOptions): Cell[];
  /**
   * Matches wherever the filter could change quiet content (see quietInline), tested on a
   * sketch of its running text: the text of each span but code, a link's in brackets, one
   * span a line. Quiet content whose sketch it does not match passes the filter unchanged.
   */
  readonly triggers: RegExp;
}

/** A TextFilter from its pass and the span texts that can set it off. */
export function textFilter(
  pass: (cells: Cell[], where: InlineOptions) => Cell[],
  triggers: RegExp,
): TextFilter {
  return Object.assign(pass, { triggers });
}
