import { Text } from "ink";
import stringWidth from "string-width";
import { fitWidth } from "../app/fit-width.js";
import type { Theme } from "../app/themes.js";
import { sanitizeForTerminal } from "../sanitize-for-terminal.js";

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  left: string;
  right: string;
  columns: number;
  theme: Theme;
}

/**
 * One full-width row in the theme's status style: `left` (cut to fit) and `right` pushed to the
 * right edge. `right` wins when both do not fit.
 */
export function StatusLine({ left, right, columns, theme }: StatusLineProps) {
  const safeRight = fitWidth(sanitizeForTerminal(right), Math.max(0, columns - 2));
  const room = Math.max(0, columns - stringWidth(safeRight) - 3);
  const shownLeft = fitWidth(sanitizeForTerminal(left), room);
  const gap = Math.max(1, columns - 2 - stringWidth(shownLeft) - stringWidth(safeRight));
  const row = fitWidth(` ${shownLeft}${" ".repeat(gap)}${safeRight} `, columns, true);
  const sgr = theme.status;
  return <Text wrap="truncate-end">{sgr ? `\u001b[${sgr}m${row}\u001b[0m` : row}</Text>;
}
