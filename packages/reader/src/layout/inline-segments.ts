import type { Inline, Span } from "@broadsheet/article";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import type { LayoutContext } from "./layout-context.js";
import type { Segment, SegmentStyle } from "./layout-types.js";
import { linkDestination } from "./link-destination.js";
import { scriptText } from "./script-text.js";
import { STYLES } from "./styles.js";

function spanStyle(
  span: Span,
  base: SegmentStyle | undefined,
  destination: string | undefined,
  hyperlinks: boolean,
): SegmentStyle | undefined {
  const styled = span.marks?.some((mark) => mark !== "sub" && mark !== "sup");
  if (!styled && destination === undefined) return base;
  const style: SegmentStyle = { ...base };
  for (const mark of span.marks ?? []) {
    if (mark === "em") style.italic = true;
    else if (mark === "strong") style.bold = true;
    else if (mark === "strike") style.strikethrough = true;
    else if (mark === "code") style.role = "code";
  }
  if (destination !== undefined) {
    style.underline = true;
    style.role = "link";
    if (hyperlinks) style.href = destination;
  }
  return style;
}

function spanText(span: Span): string {
  const text = sanitizeForTerminal(span.text);
  if (span.marks?.includes("sup")) return scriptText(text, "sup");
  if (span.marks?.includes("sub")) return scriptText(text, "sub");
  return text;
}

/**
 * Inline content as styled segments: em italic, strong bold, strike struck through, code in the
 * code role, sub and sup as {@link scriptText}, links underlined in the link role. With
 * hyperlinks a link carries its destination; without, a `[n]` marker follows the link's last
 * span and the destination is numbered in `context.links`. Text is sanitized; a link whose
 * destination is unsafe is shown as plain text.
 */
export function inlineSegments(
  inline: Inline,
  context: Pick<LayoutContext, "hyperlinks" | "links">,
  base?: SegmentStyle,
): Segment[] {
  const segments: Segment[] = [];
  for (let index = 0; index < inline.length; index++) {
    const span = inline[index] as Span;
    const destination = span.href === undefined ? undefined : linkDestination(span.href);
    const text = spanText(span);
    if (text.length > 0) {
      const style = spanStyle(span, base, destination, context.hyperlinks);
      segments.push(style ? { text, style } : { text });
    }
    if (destination !== undefined && !context.hyperlinks && inline[index + 1]?.href !== span.href) {
      const number = context.links.number(destination);
      segments.push({ text: `[${number}]`, style: { ...base, ...STYLES.linkNumber } });
    }
  }
  return segments;
}
