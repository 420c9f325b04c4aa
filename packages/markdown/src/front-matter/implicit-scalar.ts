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

/**
 * The first characters of every non-empty string IMPLICIT_PATTERNS match: nulls, booleans
 * (`yes`, `Off`, `true`, …), numbers (YAML 1.1's `e5` among them), dates, times, `<<`, a
 * leading `:` and `=`.
 */
const STARTS = "~0123456789+-.eE<:=NnTtFfYyOo";

const MAY_START = new Uint8Array(128);
for (const char of STARTS) MAY_START[char.charCodeAt(0)] = 1;

/**
 * Whether a plain scalar would be read as something other than text by the yaml package or a
 * YAML 1.1 reader (`yes`, `~`, `12:30`, `2024-08-06`, `:sym`, …); strings with any other first
 * character are known to be text without testing the patterns.
 */
export function readAsNonText(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first < 128 && MAY_START[first] === 0) return false;
  return IMPLICIT.test(value);
}
