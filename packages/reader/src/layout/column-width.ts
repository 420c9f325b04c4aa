/** The reading column's usual width, in terminal columns. */
export const PREFERRED_COLUMN_WIDTH = 72;
/** The narrowest reading column, when the terminal has room for it. */
export const MIN_COLUMN_WIDTH = 20;
/** Columns kept free on each side of the reading column. */
export const COLUMN_MARGIN = 2;

/**
 * The reading column's width for a terminal `termWidth` columns wide: `preferred` (default 72),
 * but never wider than the terminal less a margin of 2 on each side, and at least 20 columns
 * while the terminal is that wide (a narrower terminal gets its full width, at least 1).
 */
export function columnWidth(termWidth: number, preferred = PREFERRED_COLUMN_WIDTH): number {
  const terminal = Number.isFinite(termWidth) ? Math.max(1, Math.floor(termWidth)) : 80;
  const wanted = Number.isFinite(preferred) ? Math.floor(preferred) : PREFERRED_COLUMN_WIDTH;
  const room = terminal - 2 * COLUMN_MARGIN;
  const least = Math.min(MIN_COLUMN_WIDTH, terminal);
  return Math.max(least, Math.min(wanted, room));
}
