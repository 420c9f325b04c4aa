const ESC = 0x1b;
const BEL = 0x07;
const CAN = 0x18;
const SUB = 0x1a;
const ST_C1 = 0x9c;
const BACKSLASH = 0x5c;

/** The characters after ESC that open a CSI, OSC, DCS, SOS, PM or APC sequence. */
const ESC_CSI = 0x5b;
const ESC_OSC = 0x5d;
const ESC_DCS = 0x50;
const ESC_SOS = 0x58;
const ESC_PM = 0x5e;
const ESC_APC = 0x5f;

/** The single-character (C1) forms of the same. */
const C1_CSI = 0x9b;
const C1_OSC = 0x9d;
const C1_DCS = 0x90;
const C1_SOS = 0x98;
const C1_PM = 0x9e;
const C1_APC = 0x9f;

/** Anything the sanitizer changes: C0 but newline, DEL, C1, and the bidi embeddings, overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** End of a control sequence body (parameters, intermediates, final byte) starting at `from`. */
function skipControlSequence(text: string, from: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code >= 0x20 && code <= 0x3f) index++;
    else if (code >= 0x40 && code <= 0x7e) return index + 1;
    else return index;
  }
  return index;
}

/**
 * End of a control string (OSC, DCS, SOS, PM, APC) whose body starts at `from`: after its
 * terminator (ST as `ESC \` or 0x9C, BEL for OSC, CAN or SUB abort it), or at an ESC that starts
 * another sequence, or at the end of the text.
 */
function skipControlString(text: string, from: number, belEnds: boolean): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === ESC) {
      return text.charCodeAt(index + 1) === BACKSLASH ? index + 2 : index;
    }
    if (code === ST_C1 || code === CAN || code === SUB || (belEnds && code === BEL)) {
      return index + 1;
    }
    index++;
  }
  return index;
}

/** End of the sequence introduced by the ESC at `at`. */
function skipEscape(text: string, at: number): number {
  const next = at + 1;
  if (next >= text.length) return next;
  const code = text.charCodeAt(next);
  switch (code) {
    case ESC_CSI:
      return skipControlSequence(text, next + 1);
    case ESC_OSC:
      return skipControlString(text, next + 1, true);
    case ESC_DCS:
    case ESC_SOS:
    case ESC_PM:
    case ESC_APC:
      return skipControlString(text, next + 1, false);
  }
  if (code >= 0x20 && code <= 0x2f) {
    let index = next + 1;
    while (
      index < text.length &&
      text.charCodeAt(index) <= 0x2f &&
      text.charCodeAt(index) >= 0x20
    ) {
      index++;
    }
    const final = text.charCodeAt(index);
    return final >= 0x30 && final <= 0x7e ? index + 1 : index;
  }
  if (code >= 0x30 && code <= 0x7e) return next + 1;
  return next;
}

/** End of the sequence introduced by the C1 control at `at`. */
function skipC1(text: string, at: number, code: number): number {
  switch (code) {
    case C1_CSI:
      return skipControlSequence(text, at + 1);
    case C1_OSC:
      return skipControlString(text, at + 1, true);
    case C1_DCS:
    case C1_SOS:
    case C1_PM:
    case C1_APC:
      return skipControlString(text, at + 1, false);
    default:
      return at + 1;
  }
}

/**
 * How {@link sanitizeForTerminal} treats what must not reach a terminal as it is:
 * - `strip` (the reader's): removes it, escape sequences with their bodies; newlines stay, a tab
 *   becomes a space.
 * - `lines` (messages, whole lines): shows each such character as a visible escape (`\x1b`,
 *   `\u202e`), and also line and paragraph separators and lone surrogates; newlines stay.
 * - `field` (one value of a one-line record): as `lines`, and newlines are shown as `\n` too.
 * - `document` (Markdown or JSON shown on a terminal): as `lines`, and tabs stay.
 */
export type SanitizeMode = "strip" | "lines" | "field" | "document";

/** What the visible modes escape: C0, DEL, C1, separators, bidi controls, and any surrogate (lone ones are told apart below). */
const VISIBLY_UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 9: "\\t", 10: "\\n", 13: "\\r" };

function isLoneSurrogate(text: string, index: number, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = index > 0 ? text.charCodeAt(index - 1) : 0;
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

function visibleEscape(code: number): string {
  const short = SHORT_ESCAPES[code];
  if (short !== undefined) return short;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

function escapeVisibly(text: string, keepNewline: boolean, keepTab: boolean): string {
  if (!VISIBLY_UNSAFE.test(text)) return text;
  let out = "";
  let kept = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let unsafe: boolean;
    if (code < 0x20) unsafe = !((keepNewline && code === 0x0a) || (keepTab && code === 0x09));
    else if (code < 0x7f) continue;
    else if (code <= 0x9f) unsafe = true;
    else if (code < 0x2028) continue;
    else
      unsafe =
        code === 0x2028 ||
        code === 0x2029 ||
        isBidiControl(code) ||
        isLoneSurrogate(text, index, code);
    if (!unsafe) continue;
    out += text.slice(kept, index) + visibleEscape(code);
    kept = index + 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/**
 * Makes text safe to write to a terminal, in one of the {@link SanitizeMode}s; the CLI's one
 * sanitizer for article text, messages and documents alike.
 *
 * `strip`, the default, removes every C0 control but the newline (a tab becomes one space, since
 * the column is unknown here), DEL, every carriage return, every C1 control, each escape sequence
 * with its body (CSI, OSC up to BEL or ST, DCS, SOS, PM and APC up to ST, two- and
 * three-character escapes, and the C1 forms of the same; an unterminated string runs to the end
 * of the text), and the bidi embedding, override and isolate controls (U+202A–U+202E,
 * U+2066–U+2069).
 *
 * The other modes remove nothing: each such character (and U+2028, U+2029 and a lone surrogate)
 * is shown as a visible escape, so a message still says what the bytes were and an escape
 * sequence loses its ESC (or C1 introducer) and with it its effect.
 *
 * Linear in the length of the text, idempotent, and never throws; text without any of these
 * characters is returned as it is.
 */
export function sanitizeForTerminal(text: string, mode: SanitizeMode = "strip"): string {
  if (mode !== "strip") return escapeVisibly(text, mode !== "field", mode === "document");
  if (!UNSAFE.test(text)) return text;
  let out = "";
  let kept = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const unsafe =
      code < 0x20 ? code !== 0x0a : (code >= 0x7f && code <= 0x9f) || isBidiControl(code);
    if (!unsafe) {
      index++;
      continue;
    }
    out += text.slice(kept, index);
    if (code === ESC) index = skipEscape(text, index);
    else if (code >= 0x80) index = skipC1(text, index, code);
    else {
      if (code === 0x09) out += " ";
      index++;
    }
    kept = index;
  }
  return out + text.slice(kept);
}
