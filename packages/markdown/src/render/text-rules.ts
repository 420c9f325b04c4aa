import type { Test } from "./text-contexts.js";

/**
 * Every rule for running text, in one table: which characters, in which context, for which
 * readers, need what to stay text. A profile names the readers its target renders with
 * (`textFilter("kramdown")`); the writer applies their rules and ours (`commonmark`, `marked`,
 * which read every profile back), and every screen or fast check is built from this table. To
 * add a platform: name its reader, say what it is in READERS, add the rules it reads differently.
 */

/**
 * How a character is kept text, as flags that add up: a backslash before it; a character
 * reference instead (which wins over the backslash); an empty HTML comment before it, which
 * splits the text for readers that find autolinks, emoji or smart quotes after escapes are
 * decoded.
 */
export const WRITE = { backslash: 1, entity: 2, comment: 4 } as const;

/** A form of WRITE. */
export type Write = keyof typeof WRITE;

/** How a reader tells punctuation and whitespace apart next to an emphasis delimiter. */
export type Flanking = "commonmark" | "commonmark.js" | "marked" | "unicode-p" | "redcarpet";

/** What is known of a reader beyond its rules. */
export interface ReaderFacts {
  about: string;
  /** Its classes of characters next to a delimiter run (none: its runs are not checked). */
  flanking?: readonly Flanking[];
  /** It drops raw HTML: a mark no delimiter run reads back cannot be a tag. */
  dropsHtml?: boolean;
  /** Characters a backslash does not escape for it: where a rule says backslash, an entity. */
  noBackslash?: string;
  /** Its hard line break (default a backslash before the newline). */
  hardBreak?: "  \n" | "\n";
  /** It runs Liquid over the HTML: `{{` and `{%` in text go in raw blocks. */
  liquid?: boolean;
}

/** Every reader (a Markdown parser, or a pass a platform runs over its output), and what it is. */
export const READERS = {
  commonmark: {
    about: "the CommonMark spec 0.31 (cmark) and commonmark.js, its reference in JavaScript",
    flanking: ["commonmark", "commonmark.js"],
  },
  marked: { about: "marked with GFM, which fromMarkdown reads with", flanking: ["marked"] },
  "cmark-gfm": { about: "GitHub's parser; autolinks found after escapes", flanking: ["unicode-p"] },
  remark: { about: "Astro's remark-gfm and smartypants; autolinks, `` quotes found in text" },
  "markdown-it": { about: "markdown-it, as Eleventy configures it" },
  goldmark: {
    about: "Goldmark as Hugo configures it: linkify, definition lists, heading attributes",
    flanking: ["unicode-p"],
    dropsHtml: true,
  },
  kramdown: { about: "kramdown's GFM parser (Jekyll)", noBackslash: "&@%/,;?", hardBreak: "  \n" },
  redcarpet: {
    about: "Redcarpet as Forem configures it: hard_wrap, no_intra_emphasis, code before escapes",
    flanking: ["redcarpet"],
    noBackslash: '@`$%"/,;?',
    hardBreak: "\n",
  },
  pandoc: { about: "pandoc -f gfm: emoji, bare URIs (in link text too)", flanking: ["unicode-p"] },
  github: { about: "GitHub's page: math between dollars, emoji names" },
  hashnode: { about: "Hashnode: %[url] embeds, %%[id] widgets, $$ math", hardBreak: "  \n" },
  forem: { about: "dev.to: data URLs refused, Liquid over the rendered HTML", liquid: true },
} as const satisfies Record<string, ReaderFacts>;

/** A reader the writer allows for. */
export type Reader = keyof typeof READERS;

/**
 * Where in the text a rule holds: anywhere (the default), in or outside link text; at the
 * start of a text run that starts a line a block could start on (`line`), or any line or the
 * text (`start`), or where `[` could start a definition (`block start`); at the end of the
 * text, or of a heading's.
 */
export type Place =
  | "link text"
  | "outside link text"
  | "line"
  | "start"
  | "block start"
  | "end"
  | "heading end";

/**
 * One rule: `chars` act for `readers` where the text right before them ends with `before` and
 * the text after starts with `after` (regular expressions; after a text run comes the first
 * character of what follows it, nothing at a line end), `at` the place and `when` the test
 * hold, and are written as `write` there.
 */
export interface Rule {
  chars: string;
  before?: string;
  after?: string;
  at?: Place;
  /** A context the patterns cannot say, tested in code (text-contexts.ts). */
  when?: Test;
  readers: readonly Reader[];
  write: Write;
}

const OURS: readonly Reader[] = ["commonmark", "marked"];
const B = "backslash";
const E = "entity";
const C = "comment";
const IN = "link text";
const OUT = "outside link text";

/** Whitespace some reader strips at the edge of a line: JavaScript's `\s`, which holds Zs. */
const SPACES =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const WEB = { chars: ":", before: "(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])", after: "//" } as const;
const EMAIL = { chars: "@", before: "[\\w.+-]", after: "[\\w-]" } as const;
const REFERENCE = "#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};";

/** The rules, grouped by what the characters would start. */
export const RULES: readonly Rule[] = [
  // Emphasis and strikethrough; Redcarpet takes `_` in words and `^` for superscript.
  { chars: "*~", when: "can pair", readers: OURS, write: B },
  { chars: "_", when: "can pair outside a word", readers: OURS, write: B },
  { chars: "_^", readers: ["redcarpet"], write: B },
  // Code spans (Redcarpet finds them before escapes: noBackslash makes these entities).
  { chars: "`", readers: OURS, write: B },
  { chars: "`", at: IN, readers: ["marked"], write: E },
  { chars: "`", before: "`", readers: ["remark"], write: C },
  // Links, images, references, footnotes, task boxes.
  { chars: "[]", at: IN, readers: OURS, write: B },
  { chars: "]", after: "\\(", at: IN, readers: ["marked"], write: E },
  { chars: "[", after: "\\^", readers: OURS, write: B },
  { chars: "[", at: "block start", readers: OURS, write: B },
  { chars: "]", after: "\\(", readers: OURS, write: B },
  { chars: "!", after: "\\[", readers: OURS, write: B },
  // HTML, character references, backslashes, line separators.
  { chars: "<", when: "starts a tag or autolink", readers: OURS, write: B },
  { chars: "<", readers: ["redcarpet"], write: E },
  { chars: "&", after: REFERENCE, readers: OURS, write: B },
  { chars: "\\", when: "before what a backslash escapes, as written", readers: OURS, write: B },
  { chars: "\u2028\u2029", readers: ["marked"], write: E },
  // Autolinks without brackets (GFM's extension), which pandoc finds in link text too.
  { ...WEB, at: OUT, readers: ["marked"], write: B },
  { ...WEB, at: OUT, readers: ["cmark-gfm"], write: E },
  { ...WEB, at: OUT, readers: ["remark"], write: C },
  { ...WEB, at: IN, readers: ["pandoc"], write: B },
  { chars: ".", before: "www", at: OUT, readers: ["marked"], write: B },
  { chars: ".", before: "www", at: OUT, readers: ["cmark-gfm"], write: E },
  { chars: ".", before: "[Ww]{3}", at: OUT, readers: ["remark"], write: C },
  { chars: ".", before: "www", at: IN, readers: ["pandoc"], write: B },
  { ...EMAIL, at: OUT, readers: ["marked"], write: B },
  { ...EMAIL, at: OUT, readers: ["cmark-gfm", "remark"], write: C },
  { ...EMAIL, at: IN, readers: ["pandoc"], write: B },
  // Emoji names (`:smile:`, `:+1:`, `:100:`).
  { chars: ":", when: "closes an emoji name", readers: ["pandoc"], write: E },
  { chars: ":", when: "closes an emoji name", readers: ["github"], write: C },
  // Math, embeds, attribute lists and other syntax of one platform.
  { chars: "$", when: "with another $ in the text", readers: ["github"], write: B },
  { chars: "$", after: "\\$", readers: ["kramdown"], write: B },
  { chars: "$", before: "\\$", readers: ["kramdown"], write: B },
  { chars: "$", after: "\\$", readers: ["hashnode"], write: E },
  { chars: "$", before: "\\$", readers: ["hashnode"], write: E },
  { chars: "%", after: "\\[", readers: ["hashnode"], write: E },
  { chars: "|", readers: ["kramdown"], write: B },
  { chars: "{", after: "[:#]", readers: ["kramdown"], write: B },
  { chars: ">", after: ">", readers: ["kramdown"], write: B },
  { chars: ":", before: "[Dd][Aa][Tt][Aa]", readers: ["forem"], write: B },
  { chars: "=", before: "[Ss][Rr][Cc]", after: '"[Dd][Aa][Tt][Aa]', readers: ["forem"], write: B },
  // Headings: a closing # run, attributes, Redcarpet's trailing #s.
  { chars: "#", before: "^|\\s", after: "#*$", at: "heading end", readers: OURS, write: B },
  { chars: "#", after: "$", at: "heading end", readers: ["redcarpet"], write: E },
  { chars: "{", when: "opens heading attributes", readers: ["goldmark"], write: E },
  // Line starts: what would start another block, or be stripped; the end of the text.
  { chars: SPACES, at: "start", readers: OURS, write: E },
  { chars: SPACES, after: "$", at: "end", readers: OURS, write: E },
  { chars: "#", after: "#{0,5}(?:\\s|$)", at: "line", readers: OURS, write: B },
  { chars: ">", at: "line", readers: OURS, write: B },
  { chars: "-+*", after: "\\s|$", at: "line", readers: OURS, write: B },
  { chars: ".)", before: "\\d{1,9}", after: "\\s|$", at: "line", readers: OURS, write: B },
  { chars: "*", after: "\\s*(?:\\*\\s*){2,}$", at: "line", readers: OURS, write: B },
  { chars: "-", after: "\\s*(?:-\\s*){2,}$", at: "line", readers: OURS, write: B },
  { chars: "_", after: "\\s*(?:_\\s*){2,}$", at: "line", readers: OURS, write: B },
  { chars: "=", after: "=*\\s*$", at: "line", readers: OURS, write: B },
  { chars: "-", after: "-*\\s*$", at: "line", readers: OURS, write: B },
  { chars: "`", after: "``", at: "line", readers: OURS, write: B },
  { chars: "~", after: "~~", at: "line", readers: OURS, write: B },
  { chars: "|:", after: "[|:\\s]*-[-|:\\s]*$", at: "line", readers: OURS, write: B },
  { chars: "-", after: "[-|:\\s]*$", at: "line", readers: OURS, write: B },
  { chars: ":", at: "line", readers: ["kramdown", "goldmark"], write: B },
  { chars: "^", before: "\\s*", after: "\\s*$", at: "line", readers: ["kramdown"], write: E },
];
