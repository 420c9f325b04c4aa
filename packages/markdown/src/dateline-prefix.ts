import type { Dateline, Paragraph } from "@broadsheet/article";

/**
 * The dateline as printed at the start of the lead paragraph, without the bold:
 * `KYIV, Ukraine, Sept. 14 (AP) —` (the place's first part in capitals).
 */
export function datelinePrefix({ place, date, source }: Dateline): string {
  const comma = place.indexOf(",") === -1 ? place.length : place.indexOf(",");
  const dated = date === undefined ? "" : `, ${date}`;
  return `${place.slice(0, comma).toUpperCase()}${place.slice(comma)}${dated}${source === undefined ? "" : ` (${source})`} —`;
}

/** The paragraph with the dateline printed first in bold: `**KYIV, Ukraine (AP) —** …`. */
export function withDateline(paragraph: Paragraph, dateline: Dateline): Paragraph {
  const prefix = { text: datelinePrefix(dateline), marks: ["strong" as const] };
  return { ...paragraph, content: [prefix, { text: " " }, ...paragraph.content] };
}
