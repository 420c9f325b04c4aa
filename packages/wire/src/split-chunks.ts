import type { WireLine } from "./to-wire-lines.js";
import type { WireNote } from "./wire-rule.js";

/** A run of lines with no blank line between them: one paragraph, list, subhead or quote. */
export type WireChunk = readonly WireLine[];

/** Chunks of the text in order, and the guesses made while splitting. */
export interface SplitChunks {
  chunks: WireChunk[];
  notes: WireNote[];
}

const LONGEST_WRAPPED_LINE = 120;

function splitGroup(group: WireLine[], chunks: WireChunk[], notes: WireNote[]): void {
  const first = group[0];
  if (!first) return;
  const wrapped = group.slice(0, -1);
  const long = wrapped.filter((line) => line.text.length > LONGEST_WRAPPED_LINE).length;
  if (long > 0 && long * 2 >= wrapped.length) {
    const last = group[group.length - 1] ?? first;
    notes.push({
      rule: "paragraph-per-line",
      note: `Lines ${first.number}–${last.number} are too long to be hard-wrapped, so each line was read as its own paragraph.`,
      line: first.number,
    });
    for (const line of group) chunks.push([line]);
    return;
  }
  const margin = group.reduce((least, line) => Math.min(least, line.indent), first.indent);
  if (group.length < 2 || first.indent <= margin) {
    chunks.push(group);
    return;
  }
  let current: WireLine[] = [];
  for (const line of group) {
    if (line.indent > margin && current.length > 0) {
      chunks.push(current);
      current = [];
    }
    current.push(line);
  }
  chunks.push(current);
}

/**
 * Splits wire lines into chunks at blank lines. Two layouts without blank lines are also read:
 * paragraphs marked by an indented first line, and one paragraph per line, when at least half of
 * the lines that do not end a passage are longer than a hard-wrapped line could be (120
 * characters); the latter is noted as `paragraph-per-line`.
 */
export function splitChunks(lines: readonly WireLine[]): SplitChunks {
  const chunks: WireChunk[] = [];
  const notes: WireNote[] = [];
  let group: WireLine[] = [];
  for (const line of lines) {
    if (line.text === "") {
      splitGroup(group, chunks, notes);
      group = [];
    } else {
      group.push(line);
    }
  }
  splitGroup(group, chunks, notes);
  return { chunks, notes };
}
