import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import type { Segment, SegmentStyle } from "./layout-types.js";

/** A segment of one-line text from an article (a name, a label), sanitized, line breaks as spaces. */
export function textSegment(text: string, style?: SegmentStyle): Segment {
  const clean = sanitizeForTerminal(text).replaceAll("\n", " ");
  return style ? { text: clean, style } : { text: clean };
}
