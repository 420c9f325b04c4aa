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
   * Whether the filter could change quiet content (see quietInline), judged from a sketch of
   * its running text: the text of each span but code, a link's in brackets, one span a line.
   * Quiet content for which this is false passes the filter unchanged.
   */
  readonly mayAct: (sketch: string) => boolean;
  /**
   * mayAct for a sketch whose texts hold no character of the quiet path's screen (`screened` in
   * active-text.ts: `^`, `{`, `|`, `}`, brackets, …), which can skip looking for those; mayAct
   * where absent. It must give what mayAct gives for every such sketch.
   */
  readonly mayActUnscreened?: (sketch: string) => boolean;
}

/**
 * A TextFilter from its pass and what may set it off in a sketch (a pattern or a test), and
 * optionally what may set it off in a sketch of unscreened texts (see mayActUnscreened).
 */
export function textFilter(
  pass: (cells: Cell[], where: InlineOptions) => Cell[],
  triggers: RegExp | ((sketch: string) => boolean),
  unscreenedTriggers?: (sketch: string) => boolean,
): TextFilter {
  const mayAct =
    typeof triggers === "function" ? triggers : (sketch: string) => triggers.test(sketch);
  return Object.assign(pass, { mayAct, mayActUnscreened: unscreenedTriggers ?? mayAct });
}
