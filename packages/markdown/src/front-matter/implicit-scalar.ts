import { Document } from "yaml";
import { anyOf } from "./any-of.js";
import { YAML11_LOOKALIKES } from "./misread-by-yaml11.js";

const STRING_TAG = "tag:yaml.org,2002:str";

/**
 * The patterns of plain scalars that read as something other than text: for the yaml package
 * (YAML 1.2 core schema), which then quotes them, or for YAML 1.1 readers.
 */
export const IMPLICIT_PATTERNS: readonly RegExp[] = [
  ...new Document(null).schema.tags.flatMap((tag) =>
    tag.default && tag.tag !== STRING_TAG && tag.test ? [tag.test] : [],
  ),
  ...YAML11_LOOKALIKES,
];

const IMPLICIT = anyOf(IMPLICIT_PATTERNS);

/** May start a match of any length: null's `~`, signs, `.`, `<<`, `:`, `=`. */
const ANY_LENGTH = 1;
/** Starts only the word look-alikes (`yes`, `Off`, `NULL`, `false`, …), five letters at most. */
const WORD = 2;
const LONGEST_WORD = 5;
/** Starts only an exponent without a mantissa (`e5`, `E-3`): a sign or digit comes next. */
const EXPONENT = 3;
/** A digit: numbers, sexagesimals and dates, and `0x`, `0o`, `0b` forms. */
const DIGIT = 4;

const START = new Uint8Array(128);
for (const char of "~+-.<:=") START[char.charCodeAt(0)] = ANY_LENGTH;
for (const char of "NnTtFfYyOo") START[char.charCodeAt(0)] = WORD;
for (const char of "eE") START[char.charCodeAt(0)] = EXPONENT;
for (const char of "0123456789") START[char.charCodeAt(0)] = DIGIT;

/**
 * The characters of a match that starts with two digits (no `0x`, `0o` or `0b` prefix then):
 * digits, `_`, `.`, `:`, exponents, signs, and a date's `T`, spaces and `Z`.
 */
const NUMERIC = new Uint8Array(128);
for (const char of "0123456789_.:eE+-tTZ \t") NUMERIC[char.charCodeAt(0)] = 1;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether a string that starts with two digits holds a character no such match holds. */
function notNumeric(value: string): boolean {
  for (let index = 2; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 128 || NUMERIC[code] !== 1) return true;
  }
  return false;
}

/** Whether the start of a string rules out every pattern, without testing them. */
function textByItsStart(value: string, start: number): boolean {
  switch (start) {
    case 0:
      return true;
    case WORD:
      return value.length > LONGEST_WORD;
    case EXPONENT: {
      if (value.length === 1) return false;
      const next = value.charCodeAt(1);
      return !(isDigit(next) || next === 0x2b || next === 0x2d);
    }
    case DIGIT:
      return value.length > 2 && isDigit(value.charCodeAt(1)) && notNumeric(value);
    default:
      return false;
  }
}

/**
 * Whether a plain scalar would be read as something other than text by the yaml package or a
 * YAML 1.1 reader (`yes`, `~`, `12:30`, `2024-08-06`, `e5`, `:sym`, …). Strings whose start
 * rules every match out are known to be text without testing the patterns: a first character
 * no match starts with, a word's letter but longer than any of the words, an `e` not before a
 * sign or digit, two digits and then a character no number or date holds (a hash, a word)
 * (implicit-scalar.test.ts checks this against strings generated from every pattern).
 */
export function readAsNonText(value: string): boolean {
  if (value === "") return IMPLICIT.test(value);
  const first = value.charCodeAt(0);
  const start = first < 128 ? (START[first] as number) : 0;
  return !textByItsStart(value, start) && IMPLICIT.test(value);
}
