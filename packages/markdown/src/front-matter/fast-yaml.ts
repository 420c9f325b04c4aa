import { readAsNonText } from "./implicit-scalar.js";
import { unusualOrEscaped } from "./unusual-or-escaped.js";

/**
 * What the yaml package would write in another form than one plain or double-quoted line, or
 * with escapes (line breaks, tabs, control characters, surrogates, even paired, to keep this
 * simple, and the Unicode line separators), and the `: ` and ` #` it never writes plain.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the yaml package escapes control characters.
const UNUSUAL = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]|: | #/;

/** The unusual characters that are more than `: ` and ` #`: those the fast path leaves alone. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the yaml package escapes control characters.
const NOT_ONE_LINE = /[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]/;

/** Characters the yaml package will not start a plain scalar with. */
const INDICATORS = " ,[]{}#&*!|>'\"%@`";

const INDICATOR = new Uint8Array(128);
for (const char of INDICATORS) INDICATOR[char.charCodeAt(0)] = 1;

const SPACE = 0x20;
const COLON = 0x3a;
const DASH = 0x2d;
const QUESTION = 0x3f;

/**
 * The yaml package's test for a plain line, once the unusual characters are ruled out: no
 * indicator first, no `-` or `?` alone or before a space, no space or `:` at the end.
 */
function plainLine(value: string): boolean {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if ((first < 128 && INDICATOR[first] === 1) || last === SPACE || last === COLON) return false;
  if (first !== DASH && first !== QUESTION) return true;
  return value.length > 1 && value.charCodeAt(1) !== SPACE;
}

/** What JSON.stringify, so the yaml package's double quotes, would escape. */
const ESCAPED_IN_QUOTES = /["\\]/;

const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Keys already found to be written plain (field names: a few dozen at most). */
const plainKeys = new Set<string>();

function plainKey(key: string): boolean {
  if (plainKeys.has(key)) return true;
  if (!KEY.test(key) || readAsNonText(key)) return false;
  if (plainKeys.size < 1024) plainKeys.add(key);
  return true;
}

const INDENT = "  ";

function quoted(value: string): string | undefined {
  return ESCAPED_IN_QUOTES.test(value) ? undefined : `"${value}"`;
}

function scalar(value: unknown, quoteAll: boolean): string | undefined {
  switch (typeof value) {
    case "string": {
      if (value === "") return '""';
      if (!unusualOrEscaped(value)) {
        if (value.startsWith("---") || value.startsWith("...")) return undefined;
        return quoteAll || !plainLine(value) || readAsNonText(value) ? `"${value}"` : value;
      }
      const unusual = UNUSUAL.test(value);
      if (unusual && NOT_ONE_LINE.test(value)) return undefined;
      if (value.startsWith("---") || value.startsWith("...")) return undefined;
      return quoteAll || unusual || !plainLine(value) || readAsNonText(value)
        ? quoted(value)
        : value;
    }
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
    if (!plainKey(key)) return undefined;
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
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const record = isRecord(item);
    const written = record ? mapping(item, `${indent}${INDENT}`, quoteAll) : scalar(item, quoteAll);
    if (written === undefined) return undefined;
    const line = record ? `- ${written}` : `- ${written}\n`;
    out += index === 0 ? line : `${indent}${line}`;
  }
  return out;
}

/**
 * The YAML toYaml writes, without building a yaml Document, for the common front matter: maps
 * and lists of strings it writes plain or in double quotes without escapes, integers and
 * booleans. Undefined for anything else (a string the yaml package would escape, fold or
 * single-quote, an empty list, null, …), which toYaml leaves to the yaml package.
 */
export function fastYaml(data: Record<string, unknown>, quoteAll: boolean): string | undefined {
  return mapping(data, "", quoteAll);
}
