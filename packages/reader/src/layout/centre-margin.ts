/** Columns to the left of a reading column `columnWidth` wide centred in a terminal `termWidth` wide. */
export function centreMargin(termWidth: number, columnWidth: number): number {
  return Math.max(0, Math.floor((termWidth - columnWidth) / 2));
}
