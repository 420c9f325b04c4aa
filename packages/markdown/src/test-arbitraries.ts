import {
  type Article,
  type Aside,
  type Block,
  type Blockquote,
  type Embed,
  FORBIDDEN_TEXT_CHARACTERS,
  type Heading,
  type Image,
  type Inline,
  type List,
  Mark,
  type Paragraph,
  type Span,
  type Table,
} from "@broadsheet/article";
import fc from "fast-check";
import { normalizeInline } from "./normalize-inline.js";
import { hostileStrings, TEXT_GROUPS } from "./test-hostile-strings.js";

const PUNCTUATION = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];
const WORDS = [
  "a",
  "b",
  "Kyiv",
  "x_y",
  "www.",
  "http://",
  "foo@bar.com",
  "&amp;",
  "&#10;",
  "1.",
  "# ",
  "- ",
  "> ",
];
const UNICODE = ["é", "—", "“", "”", "\u00a0", "😀", "中", "\u2028", "\u3000", "ß", "ǅ"];

const FORBIDDEN = new RegExp(`[${FORBIDDEN_TEXT_CHARACTERS}\\t]`, "u");

/** The one-line strings of the hostile corpus (corpus/hostile-strings.json). */
const HOSTILE = hostileStrings(...TEXT_GROUPS)
  .map((entry) => entry.text)
  .filter((text) => !text.includes("\n"));

/** One character or short token, weighted toward Markdown punctuation and spaces. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(..."abcxyz019") },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constant(" ") },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 1 })
      .filter((s) => !FORBIDDEN.test(s)),
  },
);

/** Text of one line (no U+2028 or U+2029 either): punctuation-heavy, never empty. */
export const lineText = fc
  .array(piece, { minLength: 1, maxLength: 8 })
  .map((pieces) => pieces.join(""))
  .filter((text) => !/[\u2028\u2029]/.test(text));

/** Text that may hold line breaks. */
export const multilineText = fc
  .array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.constant("\n") }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((pieces) => pieces.join(""));

/** A label: one line, no whitespace at either end. */
export const label = lineText
  .map((text) => text.replace(/^\s+|\s+$/gu, ""))
  .filter((text) => text.length > 0 && /^\S(?:.*\S)?$/u.test(text));

const hostname = fc.constantFrom("example.com", "a.b.org", "xn--bcher-kva.de", "localhost:8080");
const pathChar = fc.constantFrom(..."abc019-._~!$&'()*+,;=:@/%?#[]<>\\`\"|^{}é");
const path = fc.array(pathChar, { maxLength: 12 }).map((chars) => chars.join(""));

/** An http(s) URL with punctuation in its path. */
export const webUrl = fc
  .tuple(fc.constantFrom("http", "https", "HTTPS"), hostname, path)
  .map(([scheme, host, rest]) => `${scheme}://${host}${rest ? `/${rest}` : ""}`);

/** A link destination: http(s) or mailto. */
export const safeUrl = fc.oneof(
  { weight: 4, arbitrary: webUrl },
  {
    weight: 1,
    arbitrary: fc.constantFrom("mailto:desk@example.com", "mailto:a.b+c@d.org?subject=Hi"),
  },
);

const markSet = fc.subarray(Mark.options as Mark[]).filter((marks) => marks.length <= 6);

function spanOf(text: fc.Arbitrary<string>, links: boolean): fc.Arbitrary<Span> {
  return fc
    .record({
      text,
      marks: markSet,
      href: links ? fc.option(safeUrl, { nil: undefined }) : fc.constant(undefined),
    })
    .map(({ text, marks, href }) => {
      const code = marks.includes("code");
      const span: Span = { text: code ? text.replace(/[\n\u2028\u2029]/g, " ") : text };
      if (code && href !== undefined)
        span.text = span.text.replace(/`/g, "'").replace(/\]:/g, "] :");
      if (marks.length > 0) span.marks = marks;
      if (href !== undefined) span.href = href;
      return span;
    });
}

/**
 * The punctuation that decides whether a delimiter run next to it opens or closes (each parser
 * has its own exceptions for some of them).
 */
const FLANKING = [..."_|*~()[]`\\.,!\"'<>&$#-"];

/**
 * A word with punctuation at either edge or both, so that marks set on it or beside it stand
 * right next to punctuation: `a_` then `|b` struck through, `(x*`, `]y~`.
 */
export const edgedText = fc
  .tuple(
    fc.option(fc.constantFrom(...FLANKING), { nil: "" }),
    fc.constantFrom("a", "b", "x y", "Kyiv", "1", " ", "é"),
    fc.option(fc.constantFrom(...FLANKING), { nil: "" }),
  )
  .map(([before, word, after]) => `${before}${word}${after}`);

/**
 * Inline content of a few short spans with punctuation at their edges and marks on some, in
 * normal form: each pair of neighbouring spans tries the flanking rules of every delimiter.
 */
export const flankingInline: fc.Arbitrary<Inline> = fc
  .array(spanOf(edgedText, false), { minLength: 2, maxLength: 4 })
  .map((spans) => normalizeInline(spans))
  .filter((spans) => spans.length > 0);

/** Inline content in normal form (as fromMarkdown returns it). */
export function inlineOf(
  text: fc.Arbitrary<string> = multilineText,
  links = true,
): fc.Arbitrary<Inline> {
  return fc
    .array(spanOf(text, links), { minLength: 1, maxLength: 5 })
    .map((spans) => normalizeInline(spans))
    .filter((spans) => spans.length > 0);
}

const paragraph: fc.Arbitrary<Paragraph> = fc
  .oneof({ weight: 3, arbitrary: inlineOf() }, { weight: 1, arbitrary: flankingInline })
  .map((content) => ({ type: "paragraph", content }));

const heading: fc.Arbitrary<Heading> = fc
  .record({ level: fc.constantFrom(2 as const, 3 as const, 4 as const), content: inlineOf() })
  .map(({ level, content }) => ({ type: "heading", level, content }));

const blockquote: fc.Arbitrary<Blockquote> = fc
  .record(
    {
      style: fc.constantFrom("block" as const, "pull" as const),
      paragraphs: fc.array(inlineOf(), { minLength: 1, maxLength: 3 }),
      attribution: label,
    },
    { requiredKeys: ["style", "paragraphs"] },
  )
  .map((quote) => ({ type: "blockquote", ...quote }));

const list: fc.Arbitrary<List> = fc
  .record({
    ordered: fc.boolean(),
    start: fc.option(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(999_999_998)), {
      nil: undefined,
    }),
    items: fc.array(inlineOf(), { minLength: 1, maxLength: 3 }),
  })
  .map(({ ordered, start, items }) => {
    const out: List = { type: "list", ordered, items };
    if (ordered && start !== undefined && start !== 1) out.start = start;
    return out;
  });

const image: fc.Arbitrary<Image> = fc
  .record(
    {
      src: webUrl,
      alt: label,
      caption: inlineOf(),
      credit: fc.oneof(label, fc.constantFrom("1200x800", "AP | 3x4", "x5", "Photo: AP")),
      width: fc.integer({ min: 1, max: 100_000 }),
      height: fc.integer({ min: 1, max: 100_000 }),
    },
    { requiredKeys: ["src", "alt"] },
  )
  .map((fields) => ({ type: "image", ...fields }));

const embed: fc.Arbitrary<Embed> = fc
  .record({ url: webUrl, provider: label, fallback: label }, { requiredKeys: ["url", "fallback"] })
  .map((fields) => ({ type: "embed", ...fields }));

const cell = inlineOf().map((spans) =>
  spans.map((span) =>
    span.marks?.includes("code") ? { ...span, text: span.text.replace(/\\(?=\|)/g, "/") } : span,
  ),
);

const table: fc.Arbitrary<Table> = fc
  .record({
    columns: fc.integer({ min: 1, max: 3 }),
    rows: fc.integer({ min: 0, max: 2 }),
    caption: fc.option(label, { nil: undefined }),
    align: fc.option(
      fc.array(fc.constantFrom("left" as const, "center" as const, "right" as const, null)),
      {
        nil: undefined,
      },
    ),
  })
  .chain(({ columns, rows, caption, align }) =>
    fc
      .record({
        header: fc.array(cell, { minLength: columns, maxLength: columns }),
        rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
        align: fc.constant(align),
      })
      .map((parts) => {
        const out: Table = { type: "table", header: parts.header, rows: parts.rows };
        if (caption !== undefined) out.caption = caption;
        const aligned = Array.from({ length: columns }, (_, index) => parts.align?.[index] ?? null);
        if (aligned.some((value) => value !== null)) out.align = aligned;
        return out;
      }),
  );

const aside: fc.Arbitrary<Aside> = fc
  .record(
    {
      title: lineText,
      content: fc.array(fc.oneof(paragraph, list), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ["content"] },
  )
  .map((fields) => ({ type: "aside", ...fields }));

/** Any body block, in normal form. */
export const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  heading,
  blockquote,
  list,
  image,
  embed,
  fc.constant({ type: "divider" as const }),
  table,
  aside,
);

const dateTime = fc.constantFrom(
  "2024-08-06T10:00:00+02:00",
  "2025-01-31T23:59:59Z",
  "2024-02-29T12:30:00.5-05:00",
);

/** A valid article with arbitrary safe text, in the normal form fromMarkdown returns. */
export function articleOf(blocks: fc.Arbitrary<Block> = block): fc.Arbitrary<Article> {
  return fc
    .record(
      {
        id: fc.constantFrom("a", "story-1", "2024:kursk.1", "yes", "12:30"),
        slug: fc.constantFrom("kursk-offensive", "a", "2024-08-06", "on"),
        headline: label,
        alternativeHeadline: label,
        kicker: fc.oneof(
          label,
          fc.constantFrom("yes", "No", "~", "null", "12:30", "2024-08-06", "0x1A", ":sym"),
        ),
        articleSection: label,
        author: fc.array(
          fc.record({ name: label, url: safeUrl, role: label }, { requiredKeys: ["name"] }),
          { maxLength: 2 },
        ),
        dateline: fc.record(
          { place: label, date: label, source: label },
          { requiredKeys: ["place"] },
        ),
        datePublished: dateTime,
        dateModified: dateTime,
        inLanguage: fc.constantFrom("en", "en-GB", "uk", "no"),
        keywords: fc.array(fc.oneof(label, fc.constantFrom("on", "off", "1e3", "0o17", "=")), {
          maxLength: 3,
        }),
        description: label,
        url: webUrl,
        image: fc.record(
          {
            url: webUrl,
            alt: label,
            caption: label,
            credit: label,
            width: fc.integer({ min: 1, max: 9000 }),
          },
          { requiredKeys: ["url", "alt"] },
        ),
        corrections: fc.array(
          fc.record({
            date: fc.constantFrom("2024-08-07", "2024-08-07T09:00:00+03:00"),
            kind: fc.constantFrom(
              "correction" as const,
              "clarification" as const,
              "update" as const,
            ),
            text: label,
          }),
          { maxLength: 2 },
        ),
        citation: fc.array(
          fc.record({ name: label, url: safeUrl, publisher: label }, { requiredKeys: ["name"] }),
          {
            maxLength: 2,
          },
        ),
        copyrightHolder: label,
        license: label,
        isBasedOn: fc.record({
          format: fc.constantFrom("wire-text" as const, "markdown" as const, "json" as const),
          sha256: fc.constant("a".repeat(64)),
          importer: label,
          warnings: fc.array(
            fc.record(
              {
                block: fc.nat(20),
                rule: fc.constantFrom("dateline", "byline-guess"),
                note: lineText,
              },
              { requiredKeys: ["rule", "note"] },
            ),
            { maxLength: 2 },
          ),
        }),
        body: fc.array(blocks, { minLength: 1, maxLength: 6 }),
      },
      { requiredKeys: ["id", "slug", "headline", "body"] },
    )
    .map((fields) => ({ schemaVersion: 1 as const, ...fields }));
}
