import type { Author } from "@broadsheet/article";
import { quoteForNote } from "./quote-for-note.js";

/** Authors read from a byline, with notes on each role that may be a source instead. */
export interface BylineMatch {
  authors: Author[];
  notes: string[];
}

const MAX_LENGTH = 200;
const MAX_NAME_WORDS = 6;
const MAX_AFFILIATION_WORDS = 8;
const PARTICLES = new Set(
  "de da das del della der den di do dos du la le van von bin ibn al el ter ten y zu op".split(" "),
);
const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
const JOB_TITLE =
  /\b(?:writer|reporter|correspondent|editor|producer|photographer|photojournalist|columnist|contributor|staff|chief|analyst|critic|intern|journalist)s?\b/i;
const ORGANIZATION =
  /\b(?:press|news|agency|associated|reuters|afp|ap|bloomberg|times|post|journal|herald|tribune|guardian|bbc|cnn|npr|service|wire|bureau|media|magazine|radio|television|tv|network|desk|independent|telegraph|gazette|daily|weekly|chronicle|broadcasting)\b/i;
const CONJUNCTION = /\s+(?:and|&)\s+/i;
const LEADING_CONJUNCTION = /^(?:and|&)\s+/i;

interface Segment {
  text: string;
  names: string[];
  listed: boolean;
}

function isNameWord(word: string, index: number): boolean {
  if (!/^[\p{L}\p{M}.'’-]+$/u.test(word)) return false;
  if (!/^\p{Ll}/u.test(word)) return true;
  return (index > 0 && PARTICLES.has(word)) || /^(?:al|el|d|l)['’-]\p{L}/u.test(word);
}

function isName(text: string): boolean {
  const words = text.split(" ");
  return (
    words.length <= MAX_NAME_WORDS &&
    words.every(isNameWord) &&
    words.some((word) => /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(word))
  );
}

function isRole(text: string): boolean {
  return JOB_TITLE.test(text) || ORGANIZATION.test(text);
}

function isAffiliationLine(text: string): boolean {
  return (
    /^[\p{Lu}\p{Lt}]/u.test(text) &&
    text.split(" ").length <= MAX_AFFILIATION_WORDS &&
    !/[,;:!?"“”]/.test(text) &&
    !endsWithFullStop(text)
  );
}

function endsWithFullStop(text: string): boolean {
  if (!text.endsWith(".")) return false;
  const word = text.slice(text.lastIndexOf(" ") + 1, -1);
  return word.length >= 3 && !word.includes(".") && !SUFFIXES.has(`${word.toLowerCase()}.`);
}

function toSegment(raw: string): Segment {
  const leading = LEADING_CONJUNCTION.exec(raw);
  const text = leading ? raw.slice(leading[0].length) : raw;
  const names = text.split(CONJUNCTION);
  return { text, names, listed: leading !== null || names.length > 1 };
}

function assignRole(authors: Author[], role: string, notes: string[]): void {
  for (const author of authors) author.role = role;
  if (authors.length === 0 || JOB_TITLE.test(role)) return;
  const names = authors.map((author) => author.name).join(" and ");
  notes.push(
    `Read ${quoteForNote(role)} after the byline as the role of ${names}; it may name the news agency or publication (a source), or another author.`,
  );
}

function splitOf(name: string): { name: string; role?: string } {
  const at = name.toLowerCase().indexOf(" of ");
  if (at <= 0) return { name };
  return { name: name.slice(0, at), role: name.slice(at + 4) };
}

/**
 * Reads a byline chunk: `By A`, `By A and B`, `By A, B and C` (an Oxford comma is fine), with an
 * optional role after a comma (`By Jane Doe, AP Science Writer`), after ` of ` (`By A of The
 * Associated Press`), after `|`, or on a second line. A role that is not plainly a job title
 * (`Associated Press`) may be a source instead, and gets a note. Names are kept as printed
 * (`BY JANE DOE` stays in capitals). Returns undefined unless every name looks like a name, so
 * `By the time polls closed, …` is not a byline.
 */
export function parseByline(lines: readonly string[]): BylineMatch | undefined {
  const [first = "", second] = lines;
  if (lines.length > 2) return undefined;
  const opening = /^by:?\s+/i.exec(first);
  if (!opening) return undefined;
  let text = first.slice(opening[0].length);
  if (second !== undefined) {
    if (!isAffiliationLine(second)) return undefined;
    text = `${text}, ${second}`;
  }
  if (text.length > MAX_LENGTH || /[;:!?"“”()]/.test(text)) return undefined;
  if (endsWithFullStop(text)) text = text.slice(0, -1);
  const segments = text
    .replace(/\s*\|\s*/g, ", ")
    .split(",")
    .map((part) => part.trim())
    .map(toSegment);
  if (segments.some((segment) => segment.text === "")) return undefined;
  let listEnd = 0;
  segments.forEach((segment, index) => {
    if (segment.listed && segment.names.every(isName) && !isRole(segment.text)) listEnd = index;
  });
  const authors: Author[] = [];
  const notes: string[] = [];
  let pending: Author[] = [];
  const trailing: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const previous = authors[authors.length - 1];
    if (index > 0 && previous && SUFFIXES.has(segment.text.toLowerCase())) {
      previous.name = `${previous.name}, ${segment.text}`;
      continue;
    }
    if (index > listEnd) {
      trailing.push(segment.text);
      continue;
    }
    if (index > 0 && (isRole(segment.text) || !segment.names.every(isName))) {
      if (pending.length === 0) return undefined;
      assignRole(pending, segment.text, notes);
      pending = [];
      continue;
    }
    for (const [position, raw] of segment.names.entries()) {
      const { name, role } = position === segment.names.length - 1 ? splitOf(raw) : { name: raw };
      if (!isName(name)) return undefined;
      const author: Author = { name };
      authors.push(author);
      pending.push(author);
      if (role !== undefined) {
        if (!/^[\p{Lu}\p{Lt}]/u.test(role)) return undefined;
        assignRole(pending, role, notes);
        pending = [];
      }
    }
  }
  if (authors.length === 0) return undefined;
  if (trailing.length > 0) {
    const unassigned = authors.filter((author) => author.role === undefined);
    assignRole(unassigned, trailing.join(", "), notes);
  }
  return { authors, notes };
}
