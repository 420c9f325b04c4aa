import { displayWidth } from "../measure/display-width.js";
import { graphemeWidths } from "../measure/grapheme-widths.js";

/**
 * Plain text cut to at most `width` terminal columns, ending in `…` when cut (wide characters
 * and grapheme clusters are never split), and padded with spaces to exactly `width` when `pad`
 * is set. Measured with `displayWidth`.
 */
export function fitWidth(text: string, width: number, pad = false): string {
  if (width <= 0) return "";
  const full = displayWidth(text);
  if (full <= width) return pad ? text + " ".repeat(width - full) : text;
  const widths = graphemeWidths(text);
  let used = 0;
  let end = 0;
  for (; end < text.length; end++) {
    const cells = widths[end] ?? 0;
    if (cells < 0) continue;
    if (used + cells > width - 1) break;
    used += cells;
  }
  const out = `${text.slice(0, end)}…`;
  used += 1;
  return pad ? out + " ".repeat(width - used) : out;
}
