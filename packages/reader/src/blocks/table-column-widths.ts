const sum = (widths: readonly number[]) => widths.reduce((total, width) => total + width, 0);

/** Adds the columns left over after rounding, one at a time, to the column that lacks most. */
function giveLeftover(widths: number[], wants: readonly number[], available: number): number[] {
  for (let left = available - sum(widths); left > 0; left--) {
    let neediest = -1;
    let need = 0;
    widths.forEach((width, index) => {
      const lack = (wants[index] ?? 0) - width;
      if (lack > need) {
        neediest = index;
        need = lack;
      }
    });
    if (neediest < 0) break;
    widths[neediest] = (widths[neediest] ?? 0) + 1;
  }
  return widths;
}

/**
 * Widths for a table's columns that add up to at most `available` columns. Each column gets its
 * natural width (its widest line) when they all fit. Otherwise each first gets its minimum (its
 * longest word, at most its natural width) and the rest of the room is shared in proportion to
 * how much more each would take. When even the minimums do not fit, the widest are cut to a
 * common cap, so narrow columns stay whole, never below `floor` (the caller makes sure that
 * `available >= floor * columns`).
 */
export function tableColumnWidths(
  natural: readonly number[],
  minimum: readonly number[],
  available: number,
  floor = 2,
): number[] {
  const wants = natural.map((width) => Math.max(1, width));
  if (sum(wants) <= available) return wants;
  const mins = wants.map((want, index) =>
    Math.min(want, Math.max(minimum[index] ?? 0, Math.min(want, floor))),
  );
  if (sum(mins) <= available) {
    const extra = available - sum(mins);
    const gaps = wants.map((want, index) => want - (mins[index] ?? 0));
    const gapTotal = Math.max(1, sum(gaps));
    const widths = mins.map(
      (min, index) => min + Math.floor((extra * (gaps[index] ?? 0)) / gapTotal),
    );
    return giveLeftover(widths, wants, available);
  }
  let cap = Math.max(...mins);
  while (cap > floor && sum(mins.map((min) => Math.min(min, cap))) > available) cap--;
  return giveLeftover(
    mins.map((min) => Math.min(min, cap)),
    mins,
    available,
  );
}
