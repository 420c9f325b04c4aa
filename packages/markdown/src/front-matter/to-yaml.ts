/**
 * An ASCII letter or a character from U+00A1 to U+04FF (Latin to Cyrillic: nothing to YAML,
 * whose indicators, numbers, dates and words are all ASCII) first, then such characters, digits,
 * spaces and punctuation that means nothing inside a plain scalar. Few ranges: V8 tests a class
 * of few ranges several times faster than one of many.
 */
const PLAIN = /^[A-Za-z\u00a1-\u04ff][A-Za-z\u00a1-\u04ff0-9 .,;:'’‘“”„‚‹›()/?!&+=%$@_…–—-]*$/;

/** Booleans and null to YAML 1.1 (Psych, go-yaml v2) or 1.2, and `e5`, a number to `yaml` 1.1. */
const NOT_TEXT = /^(?:y|n|yes|no|on|off|true|false|null|e[-+]?[0-9]+)$/i;

/**
 * What a double-quoted scalar cannot hold as it is: `"` and `\`, controls, DEL and C1, lone
 * surrogates, U+2028 and U+2029 (line breaks to YAML 1.1), the BOM, U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this finds.
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]/;

/** What JSON.stringify leaves as it is but YAML may not hold raw. */
const RAW_BUT_NOT_YAML = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * Whether a string may be written as a plain scalar that YAML 1.1 and 1.2 readers read back as
 * the same string: PLAIN's characters, not one of NOT_TEXT's words, no `: `, no space or `:` at
 * the end. Anything else (other scripts too) is double-quoted.
 */
export function plainSafe(text: string): boolean {
  return PLAIN.test(text) && !NOT_TEXT.test(text) && !text.includes(": ") && !/[ :]$/.test(text);
}

/** A double-quoted scalar on one line, with JSON's escapes and `\uXXXX` for RAW_BUT_NOT_YAML. */
function doubleQuoted(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  return JSON.stringify(text).replace(
    RAW_BUT_NOT_YAML,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Keys as written, by key: front matter keys are a few dozen field names. */
const writtenKeys = new Map<string, string>();

function key(name: string): string {
  if (name === "<<") throw new TypeError("front matter cannot hold a key `<<`: Psych merges it");
  let written = writtenKeys.get(name);
  if (written === undefined) {
    written = plainSafe(name) ? name : doubleQuoted(name);
    if (writtenKeys.size < 1024) writtenKeys.set(name, written);
  }
  return written;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  const prototype = typeof value === "object" && value !== null && Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** A number both YAML 1.1 and 1.2 read: a float always has a `.` (Psych needs one). */
function number(value: number): string {
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  if (Object.is(value, -0)) return "-0.0";
  const written = String(value);
  if (Number.isInteger(value) && !written.includes("e")) return written;
  return written.includes(".") ? written : written.replace("e", ".0e");
}

function scalar(value: unknown, quoteAll: boolean): string {
  if (typeof value === "string") return !quoteAll && plainSafe(value) ? value : doubleQuoted(value);
  if (typeof value === "number") return number(value);
  if (typeof value === "boolean") return String(value);
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return "[]";
  if (isRecord(value)) return "{}";
  throw new TypeError(`front matter cannot hold a ${typeof value} (${String(value)})`);
}

/** A value after `key:` or `- `: a non-empty list or map in block style, else a scalar. */
function after(value: unknown, indent: string, quoteAll: boolean, lead: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > 0) {
    const items = value.map((item) => `- ${after(item, inner, quoteAll, "")}`);
    return `${lead}${items.join(inner)}`;
  }
  if (isRecord(value) && Object.values(value).some((field) => field !== undefined)) {
    return `${lead}${mapping(value, inner, quoteAll)}`;
  }
  return `${lead === "" ? "" : " "}${scalar(value, quoteAll)}\n`;
}

function mapping(data: Record<string, unknown>, indent: string, quoteAll: boolean): string {
  let out = "";
  for (const name in data) {
    const value = data[name];
    if (value === undefined || !Object.hasOwn(data, name)) continue;
    out += `${out === "" ? "" : indent}${key(name)}:${after(value, indent, quoteAll, `\n${indent}  `)}`;
  }
  return out;
}

/**
 * YAML for front matter, in block style: keys in the data's order (undefined values left out),
 * lists as `- ` items, each string on one line, plain where plainSafe proves every YAML 1.1 and
 * 1.2 reader reads it back as the same text (never with `quote: "all"`), double-quoted with
 * JSON's escapes otherwise.
 */
export function toYaml(
  data: Record<string, unknown>,
  options: { quote?: "needed" | "all" } = {},
): string {
  return mapping(data, "", options.quote === "all");
}
