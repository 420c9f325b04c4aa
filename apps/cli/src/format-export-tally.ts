/** How many articles each way an export ended. */
export interface ExportTally {
  written: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

/**
 * The last line of `export`: `12 written, 3 unchanged, 1 skipped (exists; use --force), 2
 * failed`. Written is always shown; the others only when there are any.
 */
export function formatExportTally(tally: ExportTally): string {
  const parts = [`${tally.written} written`];
  if (tally.unchanged > 0) parts.push(`${tally.unchanged} unchanged`);
  if (tally.skipped > 0) parts.push(`${tally.skipped} skipped (exists; use --force)`);
  if (tally.failed > 0) parts.push(`${tally.failed} failed`);
  return parts.join(", ");
}
