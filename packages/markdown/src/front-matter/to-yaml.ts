import { doubleQuoted } from "./double-quoted.js";
import { plainSafe } from "./plain-safe.js";

/** How toYaml writes strings. */
export interface YamlOptions {
  /**
   * `needed` (default): plain where plainSafe proves it reads back as the same text, double
   * quotes otherwise. `all`: every string double-quoted, for readers that are not full YAML.
   */
  quote?: "needed" | "all";
}

const INDENT = "  ";

/** The merge key, which Ruby's Psych merges even when it is quoted. */
const MERGE = "<<";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function hasEntries(record: Record<string, unknown>): boolean {
  for (const key in record)
    if (Object.hasOwn(record, key) && record[key] !== undefined) return true;
  return false;
}

function text(value: string, quoteAll: boolean): string {
  return !quoteAll && plainSafe(value) ? value : doubleQuoted(value);
}

/** Keys as written, by key: front matter keys are a few dozen field names. */
const writtenKeys = new Map<string, string>();

function key(name: string): string {
  let written = writtenKeys.get(name);
  if (written === undefined) {
    written = text(name, false);
    if (writtenKeys.size < 1024) writtenKeys.set(name, written);
  }
  return written;
}

/** A number as YAML 1.1 and 1.2 readers both read it: a float always has a `.` (Psych needs one). */
function number(value: number): string {
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  if (Object.is(value, -0)) return "-0.0";
  const written = String(value);
  if (Number.isInteger(value) && !written.includes("e")) return written;
  return written.includes(".") ? written : written.replace("e", ".0e");
}

function scalar(value: unknown, quoteAll: boolean): string {
  switch (typeof value) {
    case "string":
      return text(value, quoteAll);
    case "number":
      return number(value);
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return "null";
    default:
      if (value === null) return "null";
      if (Array.isArray(value)) return "[]";
      if (isPlainObject(value)) return "{}";
      throw new TypeError(`front matter cannot hold a ${typeof value} (${String(value)})`);
  }
}

/** A non-empty list or map in block style at `indent`, its first line already started. */
function nested(value: unknown, indent: string, quoteAll: boolean): string | undefined {
  if (Array.isArray(value)) return value.length > 0 ? sequence(value, indent, quoteAll) : undefined;
  if (isPlainObject(value) && hasEntries(value)) return mapping(value, indent, quoteAll);
  return undefined;
}

function mapping(data: Record<string, unknown>, indent: string, quoteAll: boolean): string {
  let out = "";
  for (const name of Object.keys(data)) {
    const value = data[name];
    if (value === undefined) continue;
    if (name === MERGE) throw new TypeError("front matter cannot hold a key `<<`: Psych merges it");
    const start = `${out === "" ? "" : indent}${key(name)}:`;
    const inner = indent + INDENT;
    const block = nested(value, inner, quoteAll);
    out +=
      block === undefined ? `${start} ${scalar(value, quoteAll)}\n` : `${start}\n${inner}${block}`;
  }
  return out;
}

function sequence(items: readonly unknown[], indent: string, quoteAll: boolean): string {
  let out = "";
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const block = nested(item, indent + INDENT, quoteAll);
    out += `${index === 0 ? "" : indent}- ${block ?? `${scalar(item, quoteAll)}\n`}`;
  }
  return out;
}

/**
 * YAML for front matter, in block style: keys in the data's order (undefined values left out),
 * lists as `- ` items, each string on one line, plain where plainSafe proves every YAML 1.1 and
 * 1.2 reader reads it back as the same text, double-quoted with JSON-style escapes otherwise.
 */
export function toYaml(data: Record<string, unknown>, options: YamlOptions = {}): string {
  return mapping(data, "", options.quote === "all");
}
