import type { Segment } from "../layout/layout-types.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { safeHref } from "./safe-href.js";
import type { Theme } from "./themes.js";

/** A segment of a visible line, maybe highlighted as a search match. */
export interface ShownSegment extends Segment {
  highlight?: "match" | "current-match";
}

/** How to draw segments: the theme, and whether links become OSC 8 hyperlinks. */
export interface SegmentDrawing {
  theme: Theme;
  hyperlinks: boolean;
}

const RESET = "\u001b[0m";
/**
 * OSC 8 ends with BEL rather than ST (`ESC \`): Ink measures and copies text through a tokenizer
 * that knows hyperlinks only in the BEL form, and would count an ST-terminated one as visible
 * characters. Terminals accept both.
 */
const LINK_OPEN = (href: string) => `\u001b]8;;${href}\u0007`;
const LINK_CLOSE = "\u001b]8;;\u0007";

function sgrParameters(segment: ShownSegment, theme: Theme): string[] {
  const style = segment.style ?? {};
  const parameters: string[] = [];
  if (style.bold) parameters.push("1");
  if (style.dim) parameters.push("2");
  if (style.italic) parameters.push("3");
  if (style.underline) parameters.push("4");
  if (style.inverse) parameters.push("7");
  if (style.strikethrough) parameters.push("9");
  const role = segment.highlight ?? style.role;
  const colour = role ? theme[role] : undefined;
  if (colour) parameters.push(colour);
  return parameters;
}

/**
 * Draws a line's segments as one string of text and SGR (and OSC 8) sequences for Ink's `<Text>`.
 * Each segment's text is sanitized again on the way out: the layout promises sanitized text, and
 * this is the last point before the terminal.
 */
export function styleSegments(segments: readonly ShownSegment[], drawing: SegmentDrawing): string {
  let out = "";
  for (const segment of segments) {
    const text = sanitizeForTerminal(segment.text);
    if (text === "") continue;
    const parameters = sgrParameters(segment, drawing.theme);
    const styled = parameters.length > 0 ? `\u001b[${parameters.join(";")}m${text}${RESET}` : text;
    const href = drawing.hyperlinks ? safeHref(segment.style?.href) : undefined;
    out += href ? `${LINK_OPEN(href)}${styled}${LINK_CLOSE}` : styled;
  }
  return out;
}
