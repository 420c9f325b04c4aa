import type { Dateline } from "@broadsheet/article";

/**
 * The dateline as printed at the start of the lead paragraph, without the bold:
 * `KYIV, Ukraine, Sept. 14 (AP) —` (the place's first part in capitals).
 */
export function datelinePrefix(dateline: Dateline): string {
  const { place } = dateline;
  const comma = place.indexOf(",");
  let text =
    comma === -1 ? place.toUpperCase() : place.slice(0, comma).toUpperCase() + place.slice(comma);
  if (dateline.date !== undefined) text += `, ${dateline.date}`;
  if (dateline.source !== undefined) text += ` (${dateline.source})`;
  return `${text} —`;
}
