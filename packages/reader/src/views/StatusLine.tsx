import { Text } from "ink";
import { statusRow } from "../app/status-row.js";
import type { Theme } from "../app/themes.js";

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
  return <Text wrap="truncate-end">{statusRow(left, right, columns, theme)}</Text>;
}
