import type { Inline, Span } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { hasActiveText, textState } from "./active-text.js";
import { codeSpan } from "./code-span.js";
import { escapePipes } from "./escape-pipes.js";
import { delimiterStands } from "./fix-flanking.js";
import { renderDestination } from "./render-destination.js";
import type { InlineOptions } from "./render-inline.js";

/**
 * What could start a block (a heading, quote, list item, thematic break, setext underline,
 * table delimiter row, definition), or be stripped, at the start of a line.
 */
const ACTIVE_START = /^(?:[ #>=:]|[-+](?: |$)|[0-9]+[.)](?: |$)|[-|: ]+$)/;

/** The first characters of ACTIVE_START's matches: text starting otherwise is not tested. */
const MAY_START_ACTIVE = new Uint8Array(128);
for (const char of " #>=:-+|0123456789") MAY_START_ACTIVE[char.charCodeAt(0)] = 1;

/** Whether the text starts with what could start a block at the start of a line. */
function activeStart(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 128 && MAY_START_ACTIVE[first] === 1 && ACTIVE_START.test(text);
}

const SPACE = 0x20;
const HASH = 0x23;

/** Whether the text ends with what is stripped, or taken for a heading's closing sequence. */
function activeEnd(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === SPACE || last === HASH;
}

/** What a code span cannot hold. */
const CODE_BREAK = /[\n\u2028\u2029]/;

const DELIMITERS = { em: "*", strong: "**", strike: "~~" } as const;

type Delimited = keyof typeof DELIMITERS;

type Wrap = "plain" | "code" | "sub" | "sup" | Delimited | "link" | `link ${Delimited}`;

function wrapOf(span: Span): Wrap | undefined {
  const { marks } = span;
  const mark = marks === undefined ? undefined : marks.length === 1 ? marks[0] : null;
  if (mark === null) return undefined;
  if (span.href === undefined) return mark ?? "plain";
  if (mark === undefined) return "link";
  return mark in DELIMITERS ? `link ${mark as Delimited}` : undefined;
}

const LINK_MARK = {
  "link em": "em",
  "link strong": "strong",
  "link strike": "strike",
} as const satisfies Record<`link ${Delimited}`, Delimited>;

function firstChar(text: string): string {
  return String.fromCodePoint(text.codePointAt(0) as number);
}

function lastChar(text: string): string {
  return Array.from(text.slice(-2)).at(-1) as string;
}

function delimited(
  mark: Delimited,
  text: string,
  before: string | undefined,
  after: string | undefined,
): string | undefined {
  const delimiter = DELIMITERS[mark];
  const char = delimiter[0] as string;
  const opens = delimiterStands(char, "open", before, firstChar(text));
  const closes = delimiterStands(char, "close", lastChar(text), after);
  return opens && closes ? `${delimiter}${text}${delimiter}` : undefined;
}

function wrapped(
  wrap: Wrap,
  span: Span,
  before: Span | undefined,
  after: Span | undefined,
  options: InlineOptions,
) {
  const { text } = span;
  switch (wrap) {
    case "plain":
      return text;
    case "code":
      return CODE_BREAK.test(text) ? undefined : codeSpan(text, options);
    case "sub":
    case "sup":
      return `<${wrap}>${text}</${wrap}>`;
    case "em":
    case "strong":
    case "strike":
      return delimited(wrap, text, before && lastChar(before.text), after && firstChar(after.text));
    default: {
      const inner = wrap === "link" ? text : delimited(LINK_MARK[wrap], text, "[", "]");
      return inner === undefined
        ? undefined
        : `[${inner}](${renderDestination(span.href as string, options.family)})`;
    }
  }
}

/**
 * `**text**` as quietInline writes a strong span that stands first and is followed by a space,
 * or undefined where a character of the text could act or the delimiters would not flank.
 */
export function quietStrongBeforeSpace(text: string): string | undefined {
  if (text === "" || hasActiveText(text)) return undefined;
  return delimited("strong", text, undefined, " ");
}

/**
 * Inline content written without weighing each character, where no character of it can act:
 * text of the characters the escaping renderer leaves alone (and that the profile's text filter
 * leaves alone, see TextFilter), in spans that are plain, code, a link, or one mark (emphasis,
 * strong, strikethrough, sub/superscript; a link may hold emphasis, strong or strikethrough)
 * whose delimiters flank for every parser, with plain text between any two of those; no line
 * starting a block and no edge space. Undefined otherwise, and the full renderer decides. Its
 * output is exactly the full renderer's (quiet-inline.test.ts checks it).
 */
export function quietInline(content: Inline, options: InlineOptions = {}): string | undefined {
  const filter = options.textFilter;
  const linkText = options.linkText ?? false;
  const single = content.length === 1 ? content[0] : undefined;
  const spans =
    single !== undefined && single.text !== "" && single.marks === undefined
      ? content
      : normalizeInline(content);
  const last = spans.length - 1;
  let out = "";
  let sketch = "";
  let previousWrap: Wrap = "plain";
  let anyScreened = false;
  for (let index = 0; index <= last; index++) {
    const span = spans[index] as Span;
    const wrap = wrapOf(span);
    if (wrap === undefined || (wrap !== "plain" && previousWrap !== "plain")) return undefined;
    const { text } = span;
    if (wrap !== "code") {
      const link = wrap !== "plain" && wrap.startsWith("link");
      const state = textState(text, linkText || link);
      if (state === "active") return undefined;
      if (state === "screened") anyScreened = true;
      if (filter) {
        const sketched = link ? `[${text}]` : text;
        sketch = index === 0 ? sketched : `${sketch}\n${sketched}`;
      }
      if (wrap === "plain") {
        if (index === 0 && activeStart(text)) return undefined;
        if (index === last && activeEnd(text)) return undefined;
      }
    }
    const written =
      wrap === "plain"
        ? text
        : wrapped(
            wrap,
            span,
            index > 0 ? spans[index - 1] : undefined,
            index < last ? spans[index + 1] : undefined,
            options,
          );
    if (written === undefined) return undefined;
    out += written;
    previousWrap = wrap;
  }
  if (
    filter &&
    (anyScreened ? filter.mayAct : (filter.mayActUnscreened ?? filter.mayAct))(sketch)
  ) {
    return undefined;
  }
  return options.pipes ? escapePipes(out, options.family) : out;
}
