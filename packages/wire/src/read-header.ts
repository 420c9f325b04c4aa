import type { Author } from "@broadsheet/article";
import { chunkText } from "./chunk-text.js";
import { countSentences } from "./count-sentences.js";
import { foldText } from "./fold-text.js";
import { isDivider } from "./is-divider.js";
import { parseAttribution } from "./parse-attribution.js";
import { parseByline } from "./parse-byline.js";
import { parseDateline } from "./parse-dateline.js";
import { parseListMarker } from "./parse-list-marker.js";
import { quoteForNote } from "./quote-for-note.js";
import type { WireChunk } from "./split-chunks.js";
import type { WireNote } from "./wire-rule.js";

/** What stands between the headline and the lead, and the chunks from the lead on. */
export interface WireHeader {
  author?: Author[];
  alternativeHeadline?: string;
  chunks: WireChunk[];
  notes: WireNote[];
}

const DEK_MAX_WORDS = 60;
const DEK_MAX_LENGTH = 400;
const DEK_MAX_SENTENCES = 2;
const GUESS_MAX_WORDS = 35;
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»"]);

function endsLikeSentence(text: string): boolean {
  let end = text.length - 1;
  while (end > 0 && CLOSERS.has(text.charAt(end))) end--;
  return ".!…".includes(text.charAt(end)) && text.charAt(end) !== "";
}

function texts(chunk: WireChunk): string[] {
  return chunk.map((line) => line.text);
}

interface DekVerdict {
  dek?: string;
  note?: WireNote;
}

function judgeDek(
  chunks: readonly WireChunk[],
  index: number,
  isRepeat: (chunk: WireChunk) => boolean,
  hasByline: boolean,
): DekVerdict {
  const chunk = chunks[index] ?? [];
  const first = chunk[0];
  const last = chunk[chunk.length - 1];
  if (!first || !last) return {};
  if (parseDateline(first.text) || parseListMarker(first.text) || isDivider(first.text)) return {};
  if (parseAttribution(first.text) || (chunk.length > 1 && parseAttribution(last.text))) return {};
  const text = chunkText(chunk);
  if (text.length > DEK_MAX_LENGTH || text.endsWith(":")) return {};
  const words = text.split(" ").length;
  const sentences = countSentences(text);
  if (words > DEK_MAX_WORDS || sentences > DEK_MAX_SENTENCES) return {};
  let next = index + 1;
  let marked = false;
  for (let after = chunks[next]; after !== undefined; after = chunks[next]) {
    if (!isRepeat(after) && (hasByline || !parseByline(texts(after)))) break;
    marked = true;
    next++;
  }
  const lead = chunks[next]?.[0];
  if (!lead) return {};
  if (marked || parseDateline(lead.text)) return { dek: text };
  if (sentences > 1 || words > GUESS_MAX_WORDS) return {};
  if (!endsLikeSentence(text)) {
    return {
      dek: text,
      note: {
        rule: "dek-guess",
        note: `Read ${quoteForNote(text)} as the dek (alternativeHeadline): a short line under the headline without a final full stop, though no dateline or byline marks where the lead begins.`,
        line: first.number,
      },
    };
  }
  return {
    note: {
      rule: "dek-guess",
      note: `Kept the short first paragraph ${quoteForNote(text)} as the lead; it could be a dek (alternativeHeadline), but no dateline or byline marks where the lead begins.`,
      line: first.number,
    },
  };
}

/**
 * Reads what follows the headline, up to the lead: the byline (`By …`), copies of the headline
 * (dropped, with a `repeated-headline` note), and the dek. A dek is a short paragraph (at most two
 * sentences and 60 words) that is certainly not the lead: a dateline, a byline or a repeated
 * headline comes after it. Without such a mark a short line with no final full stop is taken as a
 * dek and a short one-sentence paragraph is kept as the lead, each with a `dek-guess` note.
 */
export function readHeader(chunks: readonly WireChunk[], headline: string | undefined): WireHeader {
  if (headline === undefined) return { chunks: [...chunks], notes: [] };
  const key = foldText(headline);
  const isRepeat = (chunk: WireChunk): boolean => foldText(chunkText(chunk)) === key;
  const notes: WireNote[] = [];
  const header: WireHeader = { chunks: [], notes };
  let index = 0;
  for (let chunk = chunks[index]; chunk?.[0] !== undefined; chunk = chunks[index]) {
    const line = chunk[0].number;
    if (isRepeat(chunk)) {
      notes.push({
        rule: "repeated-headline",
        note: `Dropped a copy of the headline on line ${line}.`,
        line,
      });
      index++;
      continue;
    }
    const byline = header.author ? undefined : parseByline(texts(chunk));
    if (byline) {
      header.author = byline.authors;
      for (const note of byline.notes) notes.push({ rule: "byline-role", note, line });
      index++;
      continue;
    }
    if (header.alternativeHeadline !== undefined) break;
    const verdict = judgeDek(chunks, index, isRepeat, header.author !== undefined);
    if (verdict.note) notes.push(verdict.note);
    if (verdict.dek === undefined) break;
    header.alternativeHeadline = verdict.dek;
    index++;
  }
  header.chunks = chunks.slice(index);
  return header;
}
