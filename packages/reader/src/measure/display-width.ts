import { graphemeWidths } from "./grapheme-widths.js";
import { simpleCharWidth } from "./simple-char-width.js";

/**
 * The number of terminal columns a text takes: the sum of its grapheme clusters'
 * `terminalColumns` (string-width's measure where terminals agree with it), computed from
 * a table for common text.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const simple = simpleCharWidth(text.charCodeAt(index));
    if (simple === 0) {
      width = 0;
      const widths = graphemeWidths(text);
      for (let cluster = 0; cluster < text.length; cluster++) {
        const columns = widths[cluster] ?? 0;
        if (columns > 0) width += columns;
      }
      return width;
    }
    width += simple;
  }
  return width;
}
