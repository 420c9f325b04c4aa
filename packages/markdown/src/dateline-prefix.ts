import type { Dateline } from "@broadsheet/article";

/**
 * The dateline as printed at the start of the lead paragraph, without the bold:
 * `KYIV, Ukraine, Sept. 14 (AP) —` (the place's first part in capitals).
 */
export function datelinePrefix(dateline: Dateline): string {
  const [first = "", ...rest] = dateline.place.split(",");
  let text = [first.toUpperCase(), ...rest].join(",");
  if (dateline.date !== undefined) text += `, ${dateline.date}`;
  if (dateline.source !== undefined) text += ` (${dateline.source})`;
  return `${text} —`;
}
