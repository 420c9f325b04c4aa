import { slugify } from "@broadsheet/article";
import { latinSlug } from "./latin-slug.js";

/** Words of ASCII letters and digits between single spaces: their slug is plain to see. */
const SIMPLE_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

const SPACES = / /g;
const HYPHENS = /-/g;

/** Longer simple keywords are lowercased by toLowerCase (no array of their codes). */
const LONGEST_BY_CODES = 64;

const UPPER_A = 0x41;
const UPPER_Z = 0x5a;
const SPACE = 0x20;
const HYPHEN = 0x2d;
const TO_LOWER = 0x20;

/** Simple words (SIMPLE_WORDS) lowercased with hyphens for spaces, from their char codes. */
function simpleWordsSlug(keyword: string): string {
  if (keyword.length > LONGEST_BY_CODES) {
    const lower = keyword.toLowerCase();
    return lower.includes(" ") ? lower.replace(SPACES, "-") : lower;
  }
  const codes: number[] = [];
  for (let index = 0; index < keyword.length; index++) {
    const code = keyword.charCodeAt(index);
    codes.push(
      code >= UPPER_A && code <= UPPER_Z ? code + TO_LOWER : code === SPACE ? HYPHEN : code,
    );
  }
  return String.fromCharCode(...codes);
}

/** The slug of a keyword, as slugify gives it, without its Unicode folding where none is needed. */
export function keywordSlug(keyword: string): string {
  if (SIMPLE_WORDS.test(keyword)) return simpleWordsSlug(keyword);
  return latinSlug(keyword) ?? slugify(keyword);
}

/** How a platform wants its tags. */
export interface TagRules {
  /** At most this many. */
  max: number;
  /** Keep hyphens (tag slugs) or drop them (dev.to's letters and digits only). */
  hyphens: boolean;
  /** The longest tag accepted; longer ones are left out. */
  maxLength?: number;
}

/** Keywords as a platform's tags: slugified, deduplicated, the first few that fit the rules. */
export function tagList(keywords: readonly string[] | undefined, rules: TagRules): string[] {
  const tags: string[] = [];
  for (const keyword of keywords ?? []) {
    const slug = keywordSlug(keyword);
    const tag = rules.hyphens || !slug.includes("-") ? slug : slug.replace(HYPHENS, "");
    if (tag === "" || tags.includes(tag)) continue;
    if (rules.maxLength !== undefined && tag.length > rules.maxLength) continue;
    tags.push(tag);
    if (tags.length === rules.max) break;
  }
  return tags;
}

/** A comma-separated tag string (`"a, b"`) back as a list. */
export function splitTags(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const tags = value
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
  return tags.length > 0 ? tags : undefined;
}
