import { inlineText } from "@broadsheet/article";
import { appendBlockquote } from "./append-blockquote.js";
import { appendList } from "./append-list.js";
import type { BodyNode } from "./body-node.js";
import { chunkText } from "./chunk-text.js";
import { classifySubhead } from "./classify-subhead.js";
import { foldText } from "./fold-text.js";
import { isDivider } from "./is-divider.js";
import { isEndMark } from "./is-end-mark.js";
import { joinLines } from "./join-lines.js";
import { parseAttribution } from "./parse-attribution.js";
import { parseListMarker } from "./parse-list-marker.js";
import { opensWithQuote } from "./quotation-marks.js";
import { quoteForNote } from "./quote-for-note.js";
import type { WireChunk } from "./split-chunks.js";
import type { WireLine } from "./to-wire-lines.js";
import type { WireNote } from "./wire-rule.js";

/** The body's blocks with their source lines, and the guesses made. */
export interface WireBody {
  nodes: BodyNode[];
  notes: WireNote[];
}

const MAX_UNQUOTED_QUOTE_WORDS = 80;
const MAX_SPLIT_SUBHEAD = 80;
const SPLIT_SUBHEAD_RATIO = 0.75;

interface Reader {
  nodes: BodyNode[];
  notes: WireNote[];
  headlineKey?: string;
}

function paragraph(lines: readonly WireLine[]): BodyNode | undefined {
  const [first] = lines;
  if (!first) return undefined;
  return {
    block: { type: "paragraph", content: [{ text: joinLines(lines.map((line) => line.text)) }] },
    first: first.number,
    last: lines[lines.length - 1]?.number ?? first.number,
  };
}

function heading(line: WireLine): BodyNode {
  return {
    block: { type: "heading", level: 2, content: [{ text: line.text }] },
    first: line.number,
    last: line.number,
  };
}

function isAttributionChunk(chunk: WireChunk | undefined): boolean {
  return chunk?.length === 1 && parseAttribution(chunk[0]?.text ?? "") !== undefined;
}

function isQuotable(text: string): boolean {
  return opensWithQuote(text) || text.split(" ").length <= MAX_UNQUOTED_QUOTE_WORDS;
}

function readQuotation(reader: Reader, chunk: WireChunk): boolean {
  const last = chunk[chunk.length - 1];
  const first = chunk[0];
  const attribution = last ? parseAttribution(last.text) : undefined;
  if (!first || !last || attribution === undefined || parseListMarker(first.text)) return false;
  if (chunk.length > 1) {
    const paragraphs = [joinLines(chunk.slice(0, -1).map((line) => line.text))];
    if (!isQuotable(paragraphs[0] ?? "")) return false;
    appendBlockquote(reader.nodes, reader.notes, {
      paragraphs,
      attribution,
      first: first.number,
      last: last.number,
    });
    return true;
  }
  const previous = reader.nodes[reader.nodes.length - 1];
  if (previous?.block.type !== "paragraph") return false;
  const text = inlineText(previous.block.content);
  if (!isQuotable(text)) return false;
  reader.nodes.pop();
  appendBlockquote(reader.nodes, reader.notes, {
    paragraphs: [text],
    attribution,
    first: previous.first,
    last: last.number,
  });
  return true;
}

function readList(reader: Reader, chunk: WireChunk): boolean {
  const first = chunk[0];
  if (!first) return false;
  if (parseListMarker(first.text)) {
    appendList(reader.nodes, reader.notes, chunk);
    return true;
  }
  for (let index = 1; index < chunk.length; index++) {
    const marker = parseListMarker(chunk[index]?.text ?? "");
    if (!marker) continue;
    const introduced = chunk[index - 1]?.text.endsWith(":") ?? false;
    const another = chunk
      .slice(index + 1)
      .some((line) => parseListMarker(line.text)?.ordered === marker.ordered);
    if (!introduced && !another) continue;
    const lead = paragraph(chunk.slice(0, index));
    if (lead) reader.nodes.push(lead);
    appendList(reader.nodes, reader.notes, chunk.slice(index));
    return true;
  }
  return false;
}

function readSubhead(reader: Reader, chunk: WireChunk, next: WireChunk | undefined): boolean {
  const [first, second] = chunk;
  if (!first) return false;
  if (!second) {
    const kind = classifySubhead(first.text);
    if (!kind || !next || isAttributionChunk(next)) return false;
    const following = next.length === 1 ? (next[0]?.text ?? "") : "";
    if (
      following &&
      (classifySubhead(following) === "title" || isDivider(following) || isEndMark(following))
    ) {
      return false;
    }
    reader.nodes.push(heading(first));
    if (kind === "sentence") {
      reader.notes.push({
        rule: "subhead-guess",
        note: `Read the short line ${quoteForNote(first.text)} as a subhead: it has no final punctuation, though it is not in title case.`,
        line: first.number,
      });
    }
    return true;
  }
  if (classifySubhead(first.text) !== "title" || parseListMarker(second.text)) return false;
  if (!/^["“‘«]?[\p{Lu}\p{Lt}\p{N}]/u.test(second.text)) return false;
  if (
    first.text.length > MAX_SPLIT_SUBHEAD ||
    first.text.length >= SPLIT_SUBHEAD_RATIO * second.text.length
  ) {
    return false;
  }
  reader.nodes.push(heading(first));
  reader.notes.push({
    rule: "subhead-guess",
    note: `Read the title-case line ${quoteForNote(first.text)} as a subhead over the paragraph right under it (no blank line between them).`,
    line: first.number,
  });
  const rest = paragraph(chunk.slice(1));
  if (rest) reader.nodes.push(rest);
  return true;
}

function readChunk(reader: Reader, chunk: WireChunk, next: WireChunk | undefined): void {
  const first = chunk[0];
  if (!first) return;
  const single = chunk.length === 1;
  if (single && next === undefined && isEndMark(first.text)) {
    reader.notes.push({
      rule: "end-mark",
      note: `Dropped the end-of-story mark ${quoteForNote(first.text)} on line ${first.number}.`,
      line: first.number,
    });
    return;
  }
  if (single && isDivider(first.text)) {
    reader.nodes.push({ block: { type: "divider" }, first: first.number, last: first.number });
    return;
  }
  if (reader.headlineKey !== undefined && foldText(chunkText(chunk)) === reader.headlineKey) {
    reader.notes.push({
      rule: "repeated-headline",
      note: `Dropped a copy of the headline on line ${first.number}.`,
      line: first.number,
    });
    return;
  }
  if (readQuotation(reader, chunk) || readList(reader, chunk) || readSubhead(reader, chunk, next))
    return;
  const node = paragraph(chunk);
  if (node) reader.nodes.push(node);
}

/**
 * Reads the body chunks, from the lead on, into blocks: end-of-story marks (`-30-`, `###`) at the
 * very end are dropped; a line of rule characters is a divider; a quotation followed by a
 * `— Name` line is a block quote; lines with list markers are lists; a short line without final
 * punctuation followed by text is a level-2 subhead; everything else is a paragraph of joined lines.
 */
export function readBody(chunks: readonly WireChunk[], headline: string | undefined): WireBody {
  const reader: Reader = { nodes: [], notes: [] };
  if (headline !== undefined) reader.headlineKey = foldText(headline);
  chunks.forEach((chunk, index) => {
    readChunk(reader, chunk, chunks[index + 1]);
  });
  return { nodes: reader.nodes, notes: reader.notes };
}
