/**
 * Every rule for running text, in one table: which character, in which context, for which
 * readers, needs what to stay text. A profile names the readers its target renders with
 * (textFilter in text-filter.ts); the writer applies the rules of those readers and of ours
 * (`commonmark` and `marked`, which read every profile back), and every screen or fast check is
 * built from this table. To add a platform: name its reader, describe it in READERS, and add
 * the rules it reads differently.
 */

/** A Markdown reader (or a pass a platform runs over its output) the writer allows for. */
export type Reader =
  | "commonmark"
  | "marked"
  | "cmark-gfm"
  | "remark"
  | "markdown-it"
  | "goldmark"
  | "kramdown"
  | "redcarpet"
  | "pandoc"
  | "github"
  | "hashnode"
  | "forem";

/**
 * How a character is kept text, as flags that add up: a backslash before it; a character
 * reference instead (`&#42;`, which wins over the backslash); an empty HTML comment before it
 * (`<!---->`), which splits the text for readers that find autolinks, emoji or smart quotes in
 * text after escapes are decoded.
 */
export const WRITE = { backslash: 1, entity: 2, comment: 4 } as const;

/** A form of WRITE. */
export type Write = keyof typeof WRITE;

/** How a reader tells punctuation and whitespace apart next to an emphasis delimiter. */
export type Flanking = "commonmark" | "commonmark.js" | "marked" | "unicode-p" | "redcarpet";

/** What is known of a reader beyond its rules. */
export interface ReaderFacts {
  /** What it is. */
  about: string;
  /** Its classes of characters next to an emphasis delimiter (none: delimiters not checked). */
  flanking?: readonly Flanking[];
  /** Whether it drops raw HTML (a mark no delimiter run reads back is then lost as a tag). */
  dropsHtml?: boolean;
  /** Characters a backslash does not escape for it: where a rule says backslash, an entity. */
  noBackslash?: string;
  /** A hard line break in its own form (default a backslash before the newline). */
  hardBreak?: "  \n" | "\n";
  /** Template syntax it runs over the rendered HTML, kept in raw blocks in text. */
  liquid?: boolean;
}

/** Every reader, and what it is. */
export const READERS: Readonly<Record<Reader, ReaderFacts>> = {
  commonmark: {
    about: "the CommonMark spec 0.31 (cmark) and commonmark.js, its reference in JavaScript",
    flanking: ["commonmark", "commonmark.js"],
  },
  marked: { about: "marked with GFM, which fromMarkdown reads with", flanking: ["marked"] },
  "cmark-gfm": {
    about: "cmark-gfm, GitHub's parser (autolinks found in text after escapes are decoded)",
    flanking: ["unicode-p"],
  },
  remark: {
    about:
      "remark with remark-gfm and remark-smartypants, as Astro renders Markdown (autolinks and `` quotes found in text after escapes are decoded)",
  },
  "markdown-it": { about: "markdown-it (Eleventy)" },
  goldmark: {
    about: "Goldmark as Hugo configures it (linkify, definition lists, heading attributes)",
    flanking: ["unicode-p"],
    dropsHtml: true,
  },
  kramdown: {
    about: "kramdown with its GFM parser (Jekyll)",
    noBackslash: "&@%/,;?",
    hardBreak: "  \n",
  },
  redcarpet: {
    about: "Redcarpet as Forem configures it (hard_wrap; code spans found before escapes)",
    flanking: ["redcarpet"],
    noBackslash: '@`$%"/,;?',
    hardBreak: "\n",
  },
  pandoc: { about: "pandoc's gfm reader (emoji, bare URIs)", flanking: ["unicode-p"] },
  github: { about: "GitHub's page: math between dollars, emoji names" },
  hashnode: { about: "Hashnode: %[url] embeds, %%[id] widgets, $$ math", hardBreak: "  \n" },
  forem: {
    about: "dev.to (Forem): data URLs refused, Liquid run over the rendered HTML",
    liquid: true,
  },
};

/**
 * Where a character acts. Contexts marked "(position)" are tried only where they can hold (line
 * starts, the end of the text); the others wherever the character stands (text-contexts.ts).
 */
export type Context =
  | "anywhere"
  | "can pair"
  | "can pair outside a word"
  | "in link text"
  | "in link text before ("
  | "before ^"
  | "before ("
  | "before ["
  | "first in a block (position)"
  | "starts a tag or autolink"
  | "starts a character reference"
  | "before punctuation or a line end"
  | "ends http:// or https:// or ftp://"
  | "ends http:// or https:// or ftp:// in link text"
  | "ends www."
  | "ends www. in link text"
  | "ends www. in any letter case"
  | "in an e-mail address"
  | "in an e-mail address in link text"
  | "after `"
  | "closes an emoji name"
  | "with another $ in the text"
  | "next to $"
  | "before : or #"
  | "before >"
  | "ends data:"
  | 'in src="data'
  | "opens heading attributes"
  | "opens a heading's closing #s (position)"
  | "ends a heading (position)"
  | "last in the text (position)";

/**
 * For a context that holds only with certain text around the character: patterns for the text
 * right before and after it. The screen looks for the character with that text instead of the
 * bare character (a `.` matters only in `www.`), so they must match wherever the context holds;
 * and what it looks for must start with a character of its own (a pattern that starts with a
 * wide class or a lookbehind is scanned many times slower).
 */
export const CONTEXT_TEXT: Readonly<Partial<Record<Context, { before?: string; after?: string }>>> =
  {
    "before [": { after: "(?:\\[|$)" },
    "starts a character reference": { after: "[#A-Za-z]" },
    "ends http:// or https:// or ftp://": { after: "\\/\\/" },
    "ends http:// or https:// or ftp:// in link text": { after: "\\/\\/" },
    "ends www.": { before: "www" },
    "ends www. in link text": { before: "www" },
    "ends www. in any letter case": { before: "[Ww][Ww][Ww]" },
    "next to $": { after: "\\$" },
    "before : or #": { after: "[:#]" },
    "before >": { after: ">" },
    "ends data:": { before: "[Dd][Aa][Tt][Aa]" },
    'in src="data': { before: "[Ss][Rr][Cc]", after: '"[Dd][Aa][Tt][Aa]' },
  };

/** One rule: `chars` act in `at` for `readers`, and are written as `write` there. */
export interface Rule {
  chars: string;
  at: Context;
  readers: readonly Reader[];
  write: Write;
}

/** One rule for a line start: where `line` matches the line, the character it names. */
export interface LineRule {
  /** Matched at the line's start; the character acted on is after group 1 (if any). */
  line: RegExp;
  /** Whether the rule holds at the start of text that does not start a line (a heading's). */
  anyStart?: boolean;
  readers: readonly Reader[];
  write: Write;
}

const OURS: readonly Reader[] = ["commonmark", "marked"];
const GFM_AUTOLINKS: readonly Reader[] = ["marked"];

/** Whitespace some reader strips at the edge of a line: JavaScript's `\s`, which holds Unicode's Zs. */
const SPACES =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** The rules for characters in running text, grouped by what they would start. */
export const RULES: readonly Rule[] = [
  // Emphasis and strikethrough.
  { chars: "*~", at: "can pair", readers: OURS, write: "backslash" },
  { chars: "_", at: "can pair outside a word", readers: OURS, write: "backslash" },
  { chars: "_", at: "anywhere", readers: ["redcarpet"], write: "backslash" },
  // Code spans: Redcarpet finds them before escapes (noBackslash makes this an entity there).
  { chars: "`", at: "anywhere", readers: OURS, write: "backslash" },
  { chars: "`", at: "in link text", readers: ["marked"], write: "entity" },
  { chars: "`", at: "after `", readers: ["remark"], write: "comment" },
  // Links, images, references, footnotes, task boxes.
  { chars: "[]", at: "in link text", readers: OURS, write: "backslash" },
  { chars: "]", at: "in link text before (", readers: ["marked"], write: "entity" },
  { chars: "[", at: "before ^", readers: OURS, write: "backslash" },
  { chars: "[", at: "first in a block (position)", readers: OURS, write: "backslash" },
  { chars: "]", at: "before (", readers: OURS, write: "backslash" },
  { chars: "!", at: "before [", readers: OURS, write: "backslash" },
  // HTML, autolinks and character references.
  { chars: "<", at: "starts a tag or autolink", readers: OURS, write: "backslash" },
  { chars: "<", at: "anywhere", readers: ["redcarpet"], write: "entity" },
  { chars: "&", at: "starts a character reference", readers: OURS, write: "backslash" },
  { chars: "\\", at: "before punctuation or a line end", readers: OURS, write: "backslash" },
  { chars: "\u2028\u2029", at: "anywhere", readers: ["marked"], write: "entity" },
  // Autolinks without brackets (GFM's extension).
  {
    chars: ":",
    at: "ends http:// or https:// or ftp://",
    readers: GFM_AUTOLINKS,
    write: "backslash",
  },
  { chars: ":", at: "ends http:// or https:// or ftp://", readers: ["cmark-gfm"], write: "entity" },
  { chars: ":", at: "ends http:// or https:// or ftp://", readers: ["remark"], write: "comment" },
  { chars: ".", at: "ends www.", readers: GFM_AUTOLINKS, write: "backslash" },
  { chars: ".", at: "ends www.", readers: ["cmark-gfm"], write: "entity" },
  { chars: ".", at: "ends www. in any letter case", readers: ["remark"], write: "comment" },
  { chars: "@", at: "in an e-mail address", readers: GFM_AUTOLINKS, write: "backslash" },
  { chars: "@", at: "in an e-mail address", readers: ["cmark-gfm", "remark"], write: "comment" },
  {
    chars: ":",
    at: "ends http:// or https:// or ftp:// in link text",
    readers: ["pandoc"],
    write: "backslash",
  },
  { chars: ".", at: "ends www. in link text", readers: ["pandoc"], write: "backslash" },
  { chars: "@", at: "in an e-mail address in link text", readers: ["pandoc"], write: "backslash" },
  // Emoji names (`:smile:`).
  { chars: ":", at: "closes an emoji name", readers: ["pandoc"], write: "entity" },
  { chars: ":", at: "closes an emoji name", readers: ["github"], write: "comment" },
  // Math, embeds and other syntax of one platform.
  { chars: "$", at: "with another $ in the text", readers: ["github"], write: "backslash" },
  { chars: "$", at: "next to $", readers: ["kramdown"], write: "backslash" },
  { chars: "$", at: "next to $", readers: ["hashnode"], write: "entity" },
  { chars: "%", at: "before [", readers: ["hashnode"], write: "entity" },
  { chars: "|", at: "anywhere", readers: ["kramdown"], write: "backslash" },
  { chars: "{", at: "before : or #", readers: ["kramdown"], write: "backslash" },
  { chars: ">", at: "before >", readers: ["kramdown"], write: "backslash" },
  { chars: "^", at: "anywhere", readers: ["redcarpet"], write: "backslash" },
  { chars: ":", at: "ends data:", readers: ["forem"], write: "backslash" },
  { chars: "=", at: 'in src="data', readers: ["forem"], write: "backslash" },
  // Headings.
  { chars: "{", at: "opens heading attributes", readers: ["goldmark"], write: "entity" },
  { chars: "#", at: "opens a heading's closing #s (position)", readers: OURS, write: "backslash" },
  { chars: "#", at: "ends a heading (position)", readers: ["redcarpet"], write: "entity" },
  // The edge of the text, which readers strip.
  { chars: SPACES, at: "last in the text (position)", readers: OURS, write: "entity" },
];

/**
 * The rules for the start of a line (of a block's first line where it starts one, and of every
 * line after a hard break): what would start another block, or be stripped.
 */
export const LINE_RULES: readonly LineRule[] = [
  { line: /^\s/u, anyStart: true, readers: OURS, write: "entity" },
  { line: /^#{1,6}(?:\s|$)/, readers: OURS, write: "backslash" },
  { line: /^>/, readers: OURS, write: "backslash" },
  { line: /^[-+*](?:\s|$)/, readers: OURS, write: "backslash" },
  { line: /^(\d{1,9})[.)](?:\s|$)/, readers: OURS, write: "backslash" },
  { line: /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/, readers: OURS, write: "backslash" },
  { line: /^(?:=+|-+)\s*$/, readers: OURS, write: "backslash" },
  { line: /^(?:`{3,}|~{3,})/, readers: OURS, write: "backslash" },
  { line: /^[|:\s]*-[-|:\s]*$/, readers: OURS, write: "backslash" },
  { line: /^:/, readers: ["kramdown", "goldmark"], write: "backslash" },
  { line: /^(\s*)\^\s*$/, readers: ["kramdown"], write: "entity" },
];
