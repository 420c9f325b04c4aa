/** What a text field allows beyond the rules every text field shares. */
export interface TextRules {
  /** Hard line breaks: `\n`, and the line and paragraph separators U+2028 and U+2029. */
  lineBreaks: boolean;
  /** No whitespace at either end. */
  trimmed: boolean;
}

const ONE_LINE = "this field is one line: replace it with a space";

/** `U+00A0`: a code point as Unicode writes it. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function isNoncharacter(code: number): boolean {
  return (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
}

/** What a forbidden character is, and what to do about it; undefined when the rules allow it. */
function forbidden(code: number, rules: TextRules): { what: string; fix: string } | undefined {
  const name = codePointName(code);
  if (code === 0x09) return { what: `a tab (${name})`, fix: "replace it with a space" };
  if (code === 0x0a || code === 0x2028 || code === 0x2029) {
    if (rules.lineBreaks) return undefined;
    const kind =
      code === 0x0a
        ? "a line break"
        : code === 0x2028
          ? "a line separator"
          : "a paragraph separator";
    return { what: `${kind} (${name})`, fix: ONE_LINE };
  }
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) {
    return { what: `the control character ${name}`, fix: "delete it" };
  }
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) {
    return {
      what: `the bidirectional control character ${name}`,
      fix: "delete it: it can make text display differently from how it reads",
    };
  }
  if (isNoncharacter(code)) {
    return {
      what: `the noncharacter ${name}`,
      fix: "delete it: noncharacters are not text, and XML feeds and YAML front matter refuse them",
    };
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    return {
      what: `a lone surrogate ${name}`,
      fix: "delete it, or restore the whole character: it is half of a character beyond U+FFFF, cut off when the text was split or converted",
    };
  }
  return undefined;
}

function isWhitespace(char: string | undefined): boolean {
  return char !== undefined && /^\s$/.test(char);
}

/**
 * Why a text breaks the model's text rules, as an error message a person can act on: the first
 * forbidden character (control, bidi control, noncharacter, lone surrogate, tab, and line breaks
 * where the field is one line) with its code point, its position (1-based, in characters) and
 * how many more there are; else whitespace at either end of a trimmed field, named. Undefined
 * when the text keeps every rule. Linear in the text.
 */
export function textProblem(text: string, rules: TextRules): string | undefined {
  let position = 0;
  let first: { what: string; fix: string; position: number } | undefined;
  let more = 0;
  for (const char of text) {
    position++;
    const found = forbidden(char.codePointAt(0) ?? 0, rules);
    if (!found) continue;
    if (first) more++;
    else first = { ...found, position };
  }
  if (first) {
    const others = more > 0 ? ` (and ${more} more such character${more > 1 ? "s" : ""})` : "";
    return `must not contain ${first.what} at character ${first.position}${others}; ${first.fix}`;
  }
  if (!rules.trimmed) return undefined;
  const chars = [...text];
  for (const [where, char] of [
    ["start", chars[0]],
    ["end", chars.at(-1)],
  ] as const) {
    if (char !== undefined && isWhitespace(char)) {
      const name = codePointName(char.codePointAt(0) ?? 0);
      return `must not ${where} with whitespace (${name}); remove it, or use a visible character`;
    }
  }
  return undefined;
}
