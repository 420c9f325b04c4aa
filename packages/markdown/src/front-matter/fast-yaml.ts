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

/** How a line with a key starts: before a plain value, a quoted one, or a nested block. */
interface KeyStarts {
  plain: string;
  quoted: string;
  block: string;
}

/** One flat string of the pieces, so a line holds one piece for its key and not three. */
function flat(...pieces: string[]): string {
  return pieces.join("");
}

/** The line starts of keys already found to be written plain (field names: a few dozen). */
const keyStarts = new Map<string, KeyStarts>();

function startsOf(key: string): KeyStarts | undefined {
  const known = keyStarts.get(key);
  if (known !== undefined) return known;
  if (!KEY.test(key) || readAsNonText(key)) return undefined;
  const starts = { plain: flat(key, ": "), quoted: flat(key, ': "'), block: flat(key, ":\n") };
  if (keyStarts.size < 1024) keyStarts.set(key, starts);
  return starts;
}

const INDENT = "  ";

const DOT = 0x2e;

/** Whether the string starts with `---` or `...`, which the yaml package writes otherwise. */
function startsDocumentMarker(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first !== DASH && first !== DOT) return false;
  return value.startsWith("---") || value.startsWith("...");
}

/** How a string is written: plain, in double quotes without escapes, or (undefined) neither. */
type StringForm = "plain" | "quoted" | undefined;

function stringForm(value: string, quoteAll: boolean): StringForm {
  if (value === "") return "quoted";
  if (!unusualOrEscaped(value)) {
    if (startsDocumentMarker(value)) return undefined;
    return quoteAll || !plainLine(value) || readAsNonText(value) ? "quoted" : "plain";
  }
  const unusual = UNUSUAL.test(value);
  if (unusual && NOT_ONE_LINE.test(value)) return undefined;
  if (startsDocumentMarker(value)) return undefined;
  if (!(quoteAll || unusual || !plainLine(value) || readAsNonText(value))) return "plain";
  return ESCAPED_IN_QUOTES.test(value) ? undefined : "quoted";
}

/** An integer or boolean as written, undefined for any other value that is not a string. */
function otherScalar(value: unknown): string | undefined {
  switch (typeof value) {
    case "number":
      return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
    case "boolean":
      return value ? "true" : "false";
    default:
      return undefined;
  }
}

/** A scalar's line after the given starts (for a plain and a quoted value). */
function scalarLine(
  plainStart: string,
  quotedStart: string,
  value: unknown,
  quoteAll: boolean,
): string | undefined {
  if (typeof value !== "string") {
    const written = otherScalar(value);
    return written === undefined ? undefined : `${plainStart}${written}\n`;
  }
  const form = stringForm(value, quoteAll);
  if (form === undefined) return undefined;
  return form === "plain" ? `${plainStart}${value}\n` : `${quotedStart}${value}"\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mapping(
  data: Record<string, unknown>,
  indent: string,
  quoteAll: boolean,
  omitted?: string,
) {
  const keys = Object.keys(data);
  const values = Object.values(data);
  let out = "";
  let first = true;
  for (let position = 0; position < keys.length; position++) {
    const key = keys[position] as string;
    if (key === omitted) continue;
    const starts = startsOf(key);
    if (starts === undefined) return undefined;
    const entry = pair(starts, values[position], indent, quoteAll);
    if (entry === undefined) return undefined;
    out += first ? entry : `${indent}${entry}`;
    first = false;
  }
  return first ? undefined : out;
}

function pair(starts: KeyStarts, value: unknown, indent: string, quoteAll: boolean) {
  if (Array.isArray(value)) {
    const inner = `${indent}${INDENT}`;
    const items = sequence(value, inner, quoteAll);
    return items === undefined ? undefined : `${starts.block}${inner}${items}`;
  }
  if (isRecord(value)) {
    const inner = `${indent}${INDENT}`;
    const entries = mapping(value, inner, quoteAll);
    return entries === undefined ? undefined : `${starts.block}${inner}${entries}`;
  }
  return scalarLine(starts.plain, starts.quoted, value, quoteAll);
}

function sequence(items: readonly unknown[], indent: string, quoteAll: boolean) {
  if (items.length === 0) return undefined;
  let out = "";
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const dash = index === 0 ? "- " : `${indent}- `;
    if (isRecord(item)) {
      const entries = mapping(item, `${indent}${INDENT}`, quoteAll);
      if (entries === undefined) return undefined;
      out += `${dash}${entries}`;
      continue;
    }
    const line = scalarLine(dash, `${dash}"`, item, quoteAll);
    if (line === undefined) return undefined;
    out += line;
  }
  return out;
}

/**
 * The YAML toYaml writes, without building a yaml Document, for the common front matter: maps
 * and lists of strings it writes plain or in double quotes without escapes, integers and
 * booleans. Undefined for anything else (a string the yaml package would escape, fold or
 * single-quote, an empty list, null, …), which toYaml leaves to the yaml package. A top-level
 * key named `omitted` is left out, as if the data did not hold it.
 */
export function fastYaml(
  data: Record<string, unknown>,
  quoteAll: boolean,
  omitted?: string,
): string | undefined {
  return mapping(data, "", quoteAll, omitted);
}
