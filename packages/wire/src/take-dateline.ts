import type { Dateline } from "@broadsheet/article";
import { parseDateline } from "./parse-dateline.js";
import { quoteForNote } from "./quote-for-note.js";
import type { WireChunk } from "./split-chunks.js";
import type { WireNote } from "./wire-rule.js";

/** The lead's dateline, the chunks with the dateline taken out of the lead, and any guess made. */
export interface TakenDateline {
  dateline?: Dateline;
  chunks: WireChunk[];
  notes: WireNote[];
}

/**
 * Takes the dateline off the start of the lead (the first body chunk), so the lead paragraph holds
 * only the story's text. A dateline on a line of its own leaves the lead to the lines after it.
 * A dateline recognized only by a capitalized word before a dash gets a `dateline-guess` note.
 */
export function takeDateline(chunks: readonly WireChunk[]): TakenDateline {
  const [lead, ...rest] = chunks;
  const first = lead?.[0];
  const match = first ? parseDateline(first.text) : undefined;
  if (!lead || !first || !match) return { chunks: [...chunks], notes: [] };
  const notes: WireNote[] = [];
  if (match.evidence === "weak") {
    notes.push({
      rule: "dateline-guess",
      note: `Read ${quoteForNote(match.dateline.place)} before the dash at the start of the lead as the dateline's place.`,
      line: first.number,
    });
  }
  const remaining =
    match.rest === "" ? lead.slice(1) : [{ ...first, text: match.rest }, ...lead.slice(1)];
  return {
    dateline: match.dateline,
    chunks: remaining.length > 0 ? [remaining, ...rest] : rest,
    notes,
  };
}
