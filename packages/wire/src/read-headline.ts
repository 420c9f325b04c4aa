import { joinLines } from "./join-lines.js";
import { parseByline } from "./parse-byline.js";
import { parseDateline } from "./parse-dateline.js";
import type { WireChunk } from "./split-chunks.js";
import type { WireNote } from "./wire-rule.js";

/** The headline (undefined when the text has none), the chunks after it, and the guesses made. */
export interface WireHeadline {
  headline?: string;
  chunks: WireChunk[];
  notes: WireNote[];
}

const MAX_HEADLINE = 300;

function restAfterHeadline(remainder: WireChunk, rest: readonly WireChunk[], notes: WireNote[]) {
  const [first] = remainder;
  if (!first) return [...rest];
  if (parseByline(remainder.map((line) => line.text))) return [remainder, ...rest];
  if (parseByline([first.text]))
    return [[first], remainder.slice(1), ...rest].filter((chunk) => chunk.length > 0);
  notes.push({
    rule: "headline-guess",
    note: `Took the first line as the headline; line ${first.number} follows it with no blank line between and was read as the next paragraph.`,
    line: first.number,
  });
  return [remainder, ...rest];
}

/**
 * Reads the headline: the first non-blank line. Lines right under it that continue in lowercase
 * are joined to it (a wrapped headline). There is no headline when the text opens with a dateline
 * and its lead (`WASHINGTON (AP) — …`) or when the first line is longer than a headline may be
 * (300 characters); then every chunk stays in the body and a `headline-missing` note is made.
 */
export function readHeadline(chunks: readonly WireChunk[]): WireHeadline {
  const [first, ...rest] = chunks;
  const line = first?.[0];
  if (!first || !line) return { chunks: [], notes: [] };
  const dateline = parseDateline(line.text);
  const opensWithLead =
    dateline !== undefined &&
    dateline.rest !== "" &&
    ["source", "date", "capitals"].includes(dateline.evidence);
  if (opensWithLead || line.text.length > MAX_HEADLINE) {
    const why = opensWithLead
      ? "The text opens with a dateline and the lead, not a headline"
      : `The first line is ${line.text.length} characters long, more than a headline may be (300)`;
    return {
      chunks: [...chunks],
      notes: [
        {
          rule: "headline-missing",
          note: `${why}; it was kept in the body and the headline is the placeholder "Untitled".`,
          line: line.number,
        },
      ],
    };
  }
  const notes: WireNote[] = [];
  let headline = line.text;
  let taken = 1;
  for (let next = first[taken]; next !== undefined; next = first[taken]) {
    if (!/^\p{Ll}/u.test(next.text) || parseByline([next.text])) break;
    if (headline.length + 1 + next.text.length > MAX_HEADLINE) break;
    headline = joinLines([headline, next.text]);
    taken++;
  }
  if (taken > 1) {
    notes.push({
      rule: "headline-guess",
      note: `Joined lines ${line.number}–${line.number + taken - 1} into the headline, since the text went on in lowercase.`,
      line: line.number,
    });
  }
  return { headline, chunks: restAfterHeadline(first.slice(taken), rest, notes), notes };
}
