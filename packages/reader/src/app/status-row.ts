import { displayWidth } from "../measure/display-width.js";
import { sanitizeForTerminal } from "../sanitize/sanitize-for-terminal.js";
import { fitWidth } from "./fit-width.js";
import type { Theme } from "./themes.js";

/**
 * The status line as one full-width row in the theme's status style: `left` (cut to fit) and
 * `right` pushed to the right edge. `right` wins when both do not fit.
 */
export function statusRow(left: string, right: string, columns: number, theme: Theme): string {
  const safeRight = fitWidth(sanitizeForTerminal(right), Math.max(0, columns - 2));
  const room = Math.max(0, columns - displayWidth(safeRight) - 3);
  const shownLeft = fitWidth(sanitizeForTerminal(left), room);
  const gap = Math.max(1, columns - 2 - displayWidth(shownLeft) - displayWidth(safeRight));
  const row = fitWidth(` ${shownLeft}${" ".repeat(gap)}${safeRight} `, columns, true);
  const sgr = theme.status;
  return sgr ? `\u001b[${sgr}m${row}\u001b[0m` : row;
}
