import { Document } from "yaml";
import { anyOf } from "./any-of.js";
import { misreadByYaml11 } from "./misread-by-yaml11.js";

const STRING_TAG = "tag:yaml.org,2002:str";

/** Plain scalars the yaml package (YAML 1.2 core schema) reads as something other than text. */
const CORE_IMPLICIT = anyOf(
  new Document(null).schema.tags.flatMap((tag) =>
    tag.default && tag.tag !== STRING_TAG && tag.test ? [tag.test] : [],
  ),
);

/**
 * What makes the yaml package write a string other than plain: the indicators and `: `, ` #`
 * it checks for, line breaks and tabs, control characters and surrogates (it double-quotes
 * those), a document marker at the start, and the characters toYaml quotes itself.
 */
const NOT_PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the yaml package double-quotes control characters.
  /^[\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|:[ \t]|[\t ]#|[\t :]$|^(?:---|\.\.\.)|[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]/;

/** What JSON.stringify, so the yaml package's double quotes, would escape, and the YAML 1.1 breaks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON.stringify escapes control characters.
const NOT_QUOTABLE = /["\\\x00-\x1f\u0085\u2028\u2029\ud800-\udfff]/;

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

const INDENT = "  ";

function scalar(value: unknown, quoteAll: boolean): string | undefined {
  switch (typeof value) {
    case "string":
      if (quoteAll || value === "" || misreadByYaml11(value)) {
        return NOT_QUOTABLE.test(value) ? undefined : `"${value}"`;
      }
      return NOT_PLAIN.test(value) || CORE_IMPLICIT.test(value) ? undefined : value;
    case "number":
      return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
    case "boolean":
      return value ? "true" : "false";
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mapping(data: Record<string, unknown>, indent: string, quoteAll: boolean) {
  let out = "";
  let first = true;
  for (const key in data) {
    if (!Object.hasOwn(data, key)) continue;
    if (!KEY.test(key) || CORE_IMPLICIT.test(key)) return undefined;
    const entry = pair(key, data[key], indent, quoteAll);
    if (entry === undefined) return undefined;
    out += first ? entry : `${indent}${entry}`;
    first = false;
  }
  return first ? undefined : out;
}

function pair(key: string, value: unknown, indent: string, quoteAll: boolean) {
  if (Array.isArray(value)) {
    const items = sequence(value, `${indent}${INDENT}`, quoteAll);
    return items === undefined ? undefined : `${key}:\n${indent}${INDENT}${items}`;
  }
  if (isRecord(value)) {
    const inner = mapping(value, `${indent}${INDENT}`, quoteAll);
    return inner === undefined ? undefined : `${key}:\n${indent}${INDENT}${inner}`;
  }
  const written = scalar(value, quoteAll);
  return written === undefined ? undefined : `${key}: ${written}\n`;
}

function sequence(items: readonly unknown[], indent: string, quoteAll: boolean) {
  if (items.length === 0) return undefined;
  let out = "";
  for (const [index, item] of items.entries()) {
    const written = isRecord(item)
      ? mapping(item, `${indent}${INDENT}`, quoteAll)
      : scalar(item, quoteAll);
    if (written === undefined) return undefined;
    const line = isRecord(item) ? `- ${written}` : `- ${written}\n`;
    out += index === 0 ? line : `${indent}${line}`;
  }
  return out;
}

/**
 * The YAML toYaml writes, without building a yaml Document, for the common front matter: maps
 * and lists of plain-safe strings, integers and booleans. Undefined for anything else (a string
 * the yaml package would quote or fold, an empty list, null, …), which toYaml leaves to the
 * yaml package.
 */
export function fastYaml(data: Record<string, unknown>, quoteAll: boolean): string | undefined {
  return mapping(data, "", quoteAll);
}
