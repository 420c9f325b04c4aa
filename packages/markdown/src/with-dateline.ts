import type { Dateline, Paragraph } from "@broadsheet/article";
import { datelinePrefix } from "./dateline-prefix.js";

/** The paragraph with the dateline printed first in bold: `**KYIV, Ukraine (AP) —** …`. */
export function withDateline(paragraph: Paragraph, dateline: Dateline): Paragraph {
  return {
    ...paragraph,
    content: [
      { text: datelinePrefix(dateline), marks: ["strong"] },
      { text: " " },
      ...paragraph.content,
    ],
  };
}
