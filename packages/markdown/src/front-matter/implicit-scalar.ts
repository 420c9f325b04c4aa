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

/** May start a match of any length: null's `~`, digits, signs, `.`, an exponent, `<<`, `:`, `=`. */
const ANY_LENGTH = 1;
/** Starts only the word look-alikes (`yes`, `Off`, `NULL`, `false`, …), five letters at most. */
const WORD = 2;
const LONGEST_WORD = 5;

const START = new Uint8Array(128);
for (const char of "~0123456789+-.eE<:=") START[char.charCodeAt(0)] = ANY_LENGTH;
for (const char of "NnTtFfYyOo") START[char.charCodeAt(0)] = WORD;

/**
 * Whether a plain scalar would be read as something other than text by the yaml package or a
 * YAML 1.1 reader (`yes`, `~`, `12:30`, `2024-08-06`, `e5`, `:sym`, …). Strings that start with
 * a character no match starts with, or with a word's letter but longer than any of the words,
 * are known to be text without testing the patterns (implicit-scalar.test.ts checks this
 * against strings generated from every pattern).
 */
export function readAsNonText(value: string): boolean {
  if (value === "") return IMPLICIT.test(value);
  const first = value.charCodeAt(0);
  const start = first < 128 ? (START[first] as number) : 0;
  if (start === 0 || (start === WORD && value.length > LONGEST_WORD)) return false;
  return IMPLICIT.test(value);
}
