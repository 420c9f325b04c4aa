import { lineColumnAt } from "./line-column.js";

/** Where a JSON text first stops being JSON, and what a person should do about it. */
export interface JsonSyntaxError {
  /** UTF-16 offset of the problem in the text. */
  offset: number;
  message: string;
}

type Token =
  | { kind: "{" | "}" | "[" | "]" | ":" | ","; offset: number }
  | { kind: "string" | "number" | "literal"; offset: number }
  | { kind: "end"; offset: number }
  | { kind: "error"; offset: number; message: string };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function matchAt(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function scanString(text: string, start: number): Token | number {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') return i + 1;
    if (char === "\n" || char === "\r") {
      return {
        kind: "error",
        offset: i,
        message: "line break inside a string; close the string or write \\n",
      };
    }
    if (char < " ") {
      return {
        kind: "error",
        offset: i,
        message: "control character inside a string; escape it (\\t, \\u0000)",
      };
    }
    if (char === "\\") {
      const escaped = text[i + 1];
      if (escaped === "u") {
        if (matchAt(HEX4, text, i + 2) === -1) {
          return {
            kind: "error",
            offset: i,
            message: "\\u must be followed by 4 hex digits, like \\u00e9",
          };
        }
        i += 6;
        continue;
      }
      if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
        return {
          kind: "error",
          offset: i,
          message: `invalid escape \\${escaped ?? ""}; write a backslash as \\\\`,
        };
      }
      i += 2;
      continue;
    }
    i++;
  }
  const { line } = lineColumnAt(text, start);
  return {
    kind: "error",
    offset: start,
    message: `the string that starts here (line ${line}) is never closed; add the closing "`,
  };
}

function nextToken(text: string, from: number): { token: Token; end: number } {
  let i = from;
  while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  if (i >= text.length) return { token: { kind: "end", offset: i }, end: i };
  const char = text[i] as string;
  if ("{}[]:,".includes(char)) {
    return { token: { kind: char as "{", offset: i }, end: i + 1 };
  }
  if (char === '"') {
    const scanned = scanString(text, i);
    if (typeof scanned !== "number") return { token: scanned, end: i };
    return { token: { kind: "string", offset: i }, end: scanned };
  }
  if (char === "-" || (char >= "0" && char <= "9")) {
    const end = matchAt(NUMBER, text, i);
    if (end === -1) {
      return { token: { kind: "error", offset: i, message: "invalid number" }, end: i };
    }
    return { token: { kind: "number", offset: i }, end };
  }
  const literalEnd = matchAt(LITERAL, text, i);
  if (literalEnd !== -1 && matchAt(WORD, text, i) === literalEnd) {
    return { token: { kind: "literal", offset: i }, end: literalEnd };
  }
  let message: string;
  if (char === "'") message = "strings need double quotes, not single quotes";
  else if (text.startsWith("//", i) || text.startsWith("/*", i))
    message = "JSON does not allow comments; remove it";
  else if (matchAt(WORD, text, i) !== -1) {
    const word = text.slice(i, matchAt(WORD, text, i));
    message = `unexpected word "${word}"; text values need double quotes, and the only bare words are true, false and null`;
  } else message = `unexpected character "${char}"`;
  return { token: { kind: "error", offset: i, message }, end: i };
}

function describe(token: Token): string {
  switch (token.kind) {
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "literal":
      return "a value";
    case "end":
      return "the end of the file";
    default:
      return `"${token.kind}"`;
  }
}

type State =
  | "value"
  | "value-or-close"
  | "key"
  | "key-or-close"
  | "colon"
  | "comma-or-close"
  | "end";

/**
 * Finds the first syntax error in a text that `JSON.parse` rejected, with a message that says
 * what to change (V8's own messages leave out the position for some errors). Returns `undefined`
 * if the text is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: { kind: "{" | "["; offset: number }[] = [];
  let state: State = "value";
  let lastComma = -1;
  let position = 0;
  for (;;) {
    const { token, end } = nextToken(text, position);
    position = end;
    if (token.kind === "error") return { offset: token.offset, message: token.message };
    const top = open.at(-1);
    const afterValue = (): State => (open.length === 0 ? "end" : "comma-or-close");
    const closes = (kind: "}" | "]") => top?.kind === (kind === "}" ? "{" : "[");
    const unclosed = (): JsonSyntaxError => {
      const opener = top as { kind: "{" | "["; offset: number };
      const { line } = lineColumnAt(text, opener.offset);
      const closer = opener.kind === "{" ? "}" : "]";
      return {
        offset: token.offset,
        message: `unexpected end of the file; the "${opener.kind}" on line ${line} is never closed with "${closer}"`,
      };
    };
    switch (state) {
      case "value":
      case "value-or-close":
        if (token.kind === "{") {
          open.push({ kind: "{", offset: token.offset });
          state = "key-or-close";
        } else if (token.kind === "[") {
          open.push({ kind: "[", offset: token.offset });
          state = "value-or-close";
        } else if (token.kind === "string" || token.kind === "number" || token.kind === "literal") {
          state = afterValue();
        } else if (token.kind === "]" && state === "value-or-close") {
          open.pop();
          state = open.length === 0 ? "end" : "comma-or-close";
        } else if (
          (token.kind === "]" || token.kind === "}") &&
          lastComma >= 0 &&
          closes(token.kind)
        ) {
          return { offset: lastComma, message: `trailing comma before "${token.kind}"; remove it` };
        } else if (token.kind === "end") {
          if (top) return unclosed();
          return {
            offset: token.offset,
            message: "the file is empty; an article is a JSON object { … }",
          };
        } else {
          return { offset: token.offset, message: `expected a value, found ${describe(token)}` };
        }
        break;
      case "key":
      case "key-or-close":
        if (token.kind === "string") state = "colon";
        else if (token.kind === "}" && state === "key-or-close") {
          open.pop();
          state = open.length === 0 ? "end" : "comma-or-close";
        } else if (token.kind === "}") {
          return { offset: lastComma, message: 'trailing comma before "}"; remove it' };
        } else if (token.kind === "end") return unclosed();
        else {
          return {
            offset: token.offset,
            message: `expected a field name in double quotes, found ${describe(token)}`,
          };
        }
        break;
      case "colon":
        if (token.kind !== ":") {
          return {
            offset: token.offset,
            message: `expected ":" after the field name, found ${describe(token)}`,
          };
        }
        state = "value";
        break;
      case "comma-or-close":
        if (token.kind === ",") {
          lastComma = token.offset;
          state = top?.kind === "{" ? "key" : "value";
          continue;
        }
        if ((token.kind === "}" || token.kind === "]") && closes(token.kind)) {
          open.pop();
          state = open.length === 0 ? "end" : "comma-or-close";
        } else if (token.kind === "end") return unclosed();
        else {
          const closer = top?.kind === "{" ? "}" : "]";
          const what = top?.kind === "{" ? "a field" : "a list item";
          return {
            offset: token.offset,
            message: `expected "," or "${closer}" after ${what}, found ${describe(token)} (a missing comma?)`,
          };
        }
        break;
      case "end":
        if (token.kind === "end") return undefined;
        return {
          offset: token.offset,
          message: `unexpected ${describe(token)} after the end of the document; a file holds one article object`,
        };
    }
    lastComma = -1;
  }
}
