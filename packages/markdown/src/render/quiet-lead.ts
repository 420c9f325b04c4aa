import type { Dateline, Paragraph } from "@broadsheet/article";
import { datelinePrefix } from "../dateline-prefix.js";
import { quietInline, quietStrongBeforeSpace } from "./quiet-inline.js";
import type { TextFilter } from "./text-filter.js";

/**
 * The lead paragraph with the dateline printed first in bold, as the renderer writes
 * withDateline's paragraph, from the quiet writing of the dateline and of the paragraph on its
 * own: without building the longer paragraph and weighing its spans again. Undefined where
 * either is not quiet, or with a text filter, and the caller renders the dated paragraph
 * (quiet-lead.test.ts checks it writes the same).
 */
export function quietLead(
  paragraph: Paragraph,
  dateline: Dateline,
  textFilter: TextFilter | undefined,
): string | undefined {
  if (textFilter !== undefined) return undefined;
  const prefix = quietStrongBeforeSpace(datelinePrefix(dateline));
  if (prefix === undefined) return undefined;
  const rest = quietInline(paragraph.content);
  return rest === undefined || rest === "" ? undefined : `${prefix} ${rest}`;
}
