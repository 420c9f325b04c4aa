import type { Layout } from "./layout-types.js";
import { lineText } from "./line-text.js";

/**
 * The laid-out article as plain text, one string per line without trailing spaces, and no escape
 * sequences (the layout's text is sanitized): for output that is not a terminal.
 */
export function renderPlainText(layout: Layout): string[] {
  return layout.lines.map((line) => lineText(line).trimEnd());
}
