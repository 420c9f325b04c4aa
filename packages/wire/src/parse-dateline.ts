import type { Dateline } from "@broadsheet/article";
import { isCalendarWord, isDatelineDate, isYear } from "./is-dateline-date.js";
import { trimStartWhile } from "./trim-while.js";

/**
 * Why a dateline was recognized: a `(SOURCE)`, a date, a place in capitals (`WASHINGTON`), a
 * place with a region (`Kyiv, Ukraine`), or only a capitalized word before a dash (`Kyiv –`),
 * the one weak case.
 */
export type DatelineEvidence = "source" | "date" | "capitals" | "region" | "weak";

/** A dateline read from the start of a line, and the text after it. */
export interface DatelineMatch {
  dateline: Dateline;
  evidence: DatelineEvidence;
  /** The rest of the line after the dash, without leading spaces; may be empty. */
  rest: string;
}

const MAX_HEAD = 100;
const MAX_PLACE_WORDS = 5;
const MAX_REGION_WORDS = 4;
const CONNECTORS = new Set(
  "de da das del della der di do dos du des la le les el al am an im on upon of sur y e i bei van von aan and".split(
    " ",
  ),
);
const NOT_PLACES = new Set([
  "editor's note",
  "editor’s note",
  "editors' note",
  "editors’ note",
  "editors note",
  "editor note",
  "note",
  "breaking",
  "breaking news",
  "update",
  "updated",
  "exclusive",
  "analysis",
  "news analysis",
  "correction",
  "clarification",
  "urgent",
  "flash",
  "bulletin",
  "advisory",
  "opinion",
  "commentary",
  "editorial",
  "review",
  "obituary",
  "live",
  "watch",
  "fact check",
  "alert",
  "meanwhile",
  "however",
  "earlier",
  "later",
  "today",
  "yesterday",
  "tomorrow",
  "tonight",
  "now",
  "then",
  "still",
  "also",
  "but",
  "and",
  "yes",
  "no",
  "first",
  "finally",
  "instead",
  "elsewhere",
  "here",
  "there",
  "overnight",
]);

const isSpace = (character: string): boolean => /\s/.test(character);

function findSeparator(line: string): { start: number; end: number } | undefined {
  const limit = Math.min(line.length, MAX_HEAD);
  for (let index = 1; index < limit; index++) {
    const character = line.charAt(index);
    const before = line.charAt(index - 1);
    const after = line.charAt(index + 1) || " ";
    if (character === "—" || character === "―") return { start: index, end: index + 1 };
    if (character === "-" && after === "-") return { start: index, end: index + 2 };
    if ((character === "–" || character === "‒") && (isSpace(before) || isSpace(after))) {
      return { start: index, end: index + 1 };
    }
    if (character === "-" && isSpace(before) && isSpace(after))
      return { start: index, end: index + 1 };
  }
  return undefined;
}

type Casing = "capitals" | "title" | "caseless";

function casingOf(part: string, maxWords: number): Casing | undefined {
  const words = part.split(" ");
  if (words.length > maxWords) return undefined;
  let lower = false;
  let cased = false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? "";
    if (!/^[\p{L}\p{M}.'’-]+$/u.test(word)) return undefined;
    if (/^\p{Ll}/u.test(word)) {
      if (index === 0 || !CONNECTORS.has(word)) return undefined;
      continue;
    }
    if (/[\p{Lu}\p{Lt}]/u.test(word)) cased = true;
    if (/\p{Ll}/u.test(word)) lower = true;
  }
  if (!cased) return /\p{L}/u.test(part) ? "caseless" : undefined;
  return lower ? "title" : "capitals";
}

function isSource(text: string): boolean {
  return (
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}][\p{L}\p{M}\p{N} &./'’-]*$/u.test(text) &&
    text.split(" ").length <= 5
  );
}

function parseHead(head: string): Omit<DatelineMatch, "rest"> | undefined {
  let body = head;
  let source: string | undefined;
  if (body.endsWith(")")) {
    const open = body.lastIndexOf("(");
    source = body.slice(open + 1, -1).trim();
    body = body.slice(0, Math.max(open, 0)).trim();
    if (open <= 0 || !isSource(source)) return undefined;
  }
  if (body.includes("(") || body.includes(")")) return undefined;
  const parts = body.split(",").map((part) => part.trim());
  if (parts.some((part) => part === "")) return undefined;
  let date: string | undefined;
  const last = parts[parts.length - 1] ?? "";
  const beforeLast = parts[parts.length - 2] ?? "";
  if (parts.length >= 3 && isYear(last) && isDatelineDate(beforeLast)) {
    date = `${beforeLast}, ${last}`;
    parts.length -= 2;
  } else if (parts.length >= 2 && isDatelineDate(last)) {
    date = last;
    parts.length -= 1;
  }
  const [place = "", ...regions] = parts;
  if (parts.length > 3 || NOT_PLACES.has(place.toLowerCase()) || isCalendarWord(place))
    return undefined;
  const casing = casingOf(place, MAX_PLACE_WORDS);
  if (!casing || (casing === "caseless" && source === undefined)) return undefined;
  if (casing === "capitals" && Array.from(place.replace(/[^\p{L}]/gu, "")).length < 2)
    return undefined;
  if (regions.some((region) => !casingOf(region, MAX_REGION_WORDS))) return undefined;
  const evidence: DatelineEvidence =
    source !== undefined
      ? "source"
      : date !== undefined
        ? "date"
        : casing === "capitals"
          ? "capitals"
          : regions.length > 0
            ? "region"
            : "weak";
  const dateline: Dateline = { place: parts.join(", ") };
  if (date !== undefined) dateline.date = date;
  if (source !== undefined) dateline.source = source;
  return { dateline, evidence };
}

/**
 * Reads a dateline at the start of a line: a place (as printed: `WASHINGTON`, `Kyiv, Ukraine`,
 * `MALMÖ, Sweden`), then optionally a date (`Sept. 14`) and a source in parentheses (`(AP)`),
 * then a dash: an em dash or `--` with or without spaces, an en dash with a space on either side,
 * or a hyphen with spaces on both. No-break and other Unicode spaces count as spaces. The text
 * after a dash must not start in lowercase unless a source or date makes the dateline certain.
 * Scans only the first 100 characters, in linear time.
 */
export function parseDateline(line: string): DatelineMatch | undefined {
  const separator = findSeparator(line);
  if (!separator) return undefined;
  const head = line.slice(0, separator.start).replace(/\s+/g, " ").trim();
  if (head === "") return undefined;
  const parsed = parseHead(head);
  if (!parsed) return undefined;
  const rest = trimStartWhile(line.slice(separator.end), isSpace);
  const certain = parsed.evidence === "source" || parsed.evidence === "date";
  if (!certain && /^\p{Ll}/u.test(rest)) return undefined;
  return { ...parsed, rest };
}
