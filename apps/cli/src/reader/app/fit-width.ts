import stringWidth from "string-width";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Plain text cut to at most `width` terminal columns, ending in `…` when cut (wide characters
 * are never split), and padded with spaces to exactly `width` when `pad` is set.
 */
export function fitWidth(text: string, width: number, pad = false): string {
  if (width <= 0) return "";
  const full = stringWidth(text);
  if (full <= width) return pad ? text + " ".repeat(width - full) : text;
  let out = "";
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const cells = stringWidth(segment);
    if (used + cells > width - 1) break;
    out += segment;
    used += cells;
  }
  out += "…";
  used += 1;
  return pad ? out + " ".repeat(width - used) : out;
}
