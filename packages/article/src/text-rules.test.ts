import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { Article } from "./article.js";
import { parseArticle } from "./parse-article.js";
import { everyBlockArticle as sampleArticle } from "./testing/every-block-article.js";

type Kind = "label" | "line" | "inline" | "url";

interface Field {
  path: string;
  kind: Kind;
  set(article: Article, value: string): void;
}

function block<T>(article: Article, index: number): T {
  return article.body[index] as T;
}

/** One field of each kind of text the model holds, with a valid value to build on. */
const FIELDS: Field[] = [
  { path: "headline", kind: "label", set: (a, v) => (a.headline = v) },
  { path: "articleSection", kind: "label", set: (a, v) => (a.articleSection = v) },
  { path: "keywords[0]", kind: "label", set: (a, v) => (a.keywords = [v]) },
  { path: "author[0].name", kind: "label", set: (a, v) => (a.author = [{ name: v }]) },
  {
    path: "image.alt",
    kind: "label",
    set: (a, v) => (a.image = { url: "https://img.example/a.jpg", alt: v }),
  },
  {
    path: "image.caption",
    kind: "label",
    set: (a, v) => (a.image = { url: "https://img.example/a.jpg", alt: "A", caption: v }),
  },
  {
    path: "body[5].alt",
    kind: "label",
    set: (a, v) => (block<{ alt: string }>(a, 5).alt = v),
  },
  {
    path: "body[8].caption",
    kind: "label",
    set: (a, v) => (block<{ caption: string }>(a, 8).caption = v),
  },
  {
    path: "body[10].title",
    kind: "line",
    set: (a, v) => (block<{ title: string }>(a, 10).title = v),
  },
  {
    path: "body[0].content[0].text",
    kind: "inline",
    set: (a, v) => (a.body[0] = { type: "paragraph", content: [{ text: v }] }),
  },
  {
    path: "body[5].caption[0].text",
    kind: "inline",
    set: (a, v) => (block<{ caption: unknown }>(a, 5).caption = [{ text: v }]),
  },
  {
    path: "body[0].content[0].href",
    kind: "url",
    set: (a, v) => (a.body[0] = { type: "paragraph", content: [{ text: "x", href: v }] }),
  },
  { path: "url", kind: "url", set: (a, v) => (a.url = v) },
];

const schema = JSON.parse(
  readFileSync(new URL("../schema/article.schema.json", import.meta.url), "utf8"),
);
const ajvValidate = new Ajv2020.default({ strict: false, allErrors: true, logger: false }).compile(
  schema,
);

function hex(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Matches a message naming the code point and its position, as `U+0009) at character 3;`. */
function naming(code: number, position: number) {
  return expect.stringMatching(
    new RegExp(`U\\+${hex(code).slice(2)}\\)? at character ${position}[ ;]`),
  );
}

function withField(field: Field, value: string): Article {
  const article = sampleArticle();
  field.set(article, value);
  return article;
}

/** The messages for one field's path, or undefined when the article is valid. */
function messagesAt(field: Field, value: string): string[] | undefined {
  const result = parseArticle(withField(field, value));
  if (result.ok) return undefined;
  const other = result.errors.filter((error) => error.path !== field.path);
  expect(other, `${field.path} = ${JSON.stringify(value)}`).toEqual([]);
  return result.errors.map((error) => error.message);
}

function noncharacters(): number[] {
  const codes: number[] = [];
  for (let code = 0xfdd0; code <= 0xfdef; code++) codes.push(code);
  for (let plane = 0; plane <= 0x10; plane++)
    codes.push(plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff);
  return codes;
}

/** A valid value of the field's kind with `inserted` after its first `prefix` characters. */
function valueWith(kind: Kind, inserted: string): { value: string; position: number } {
  if (kind === "url") return { value: `https://news.example/a${inserted}b`, position: 23 };
  return { value: `Ab${inserted}cd`, position: 3 };
}

/** The class tests parse a thousand articles or more each; two shared cores can make that slow. */
describe("noncharacters and lone surrogates", () => {
  const bad: { text: string; code: number; what: RegExp }[] = [
    ...noncharacters().map((code) => ({
      text: String.fromCodePoint(code),
      code,
      what: /the noncharacter/,
    })),
    ...[0xd800, 0xdbff, 0xd83d].map((code) => ({
      text: String.fromCharCode(code),
      code,
      what: /a lone surrogate/,
    })),
    ...[0xdc00, 0xdfff, 0xde00].map((code) => ({
      text: String.fromCharCode(code),
      code,
      what: /a lone surrogate/,
    })),
  ];

  it("covers all 66 noncharacters", () => {
    expect(noncharacters()).toHaveLength(66);
  });

  it("are refused in every kind of text field, naming the character, where it is and what to do", () => {
    for (const field of FIELDS) {
      for (const { text, code, what } of bad) {
        const { value, position } = valueWith(field.kind, text);
        const messages = messagesAt(field, value);
        const label = `${field.path} with ${hex(code)}`;
        expect(messages, label).toBeDefined();
        expect(messages, label).toEqual([naming(code, position)]);
        expect(messages?.[0], label).toMatch(what);
        expect(messages?.[0], label).toMatch(/; (delete|restore)/);
        expect(ajvValidate(withField(field, value)), `JSON Schema: ${label}`).toBe(false);
      }
    }
  }, 60_000);

  it("a surrogate pair, the first of a pair reversed, and the nearest valid characters", () => {
    for (const field of FIELDS) {
      for (const text of ["😀", "\u{1FFFD}", "\u{10FFFD}", "\uFFFD", "\uFDCF", "\uFDF0"]) {
        expect(messagesAt(field, valueWith(field.kind, text).value), field.path).toBeUndefined();
        expect(ajvValidate(withField(field, valueWith(field.kind, text).value))).toBe(true);
      }
      const reversed = valueWith(field.kind, "\uDE00\uD83D").value;
      expect(messagesAt(field, reversed)?.[0]).toMatch(/a lone surrogate U\+DE00/);
    }
  });

  it("counts every later one after the first", () => {
    const [headline] = FIELDS;
    if (!headline) throw new Error("no fields");
    expect(messagesAt(headline, "A\uFFFEb\uFFFFc\u{10FFFF}")).toEqual([
      "must not contain the noncharacter U+FFFE at character 2 (and 2 more such characters); delete it: noncharacters are not text, and XML feeds and YAML front matter refuse them",
    ]);
  });
});

/** Every character JavaScript calls whitespace, every Unicode separator, and lookalikes. */
function spaceLike(): number[] {
  const codes: number[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    const lookalike = code === 0x85 || code === 0x180e || (code >= 0x1c && code <= 0x1f);
    if (lookalike || /[\s\p{Z}\u200B-\u200D\u2060]/u.test(char)) codes.push(code);
  }
  return codes;
}

function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

/** Whether the field's own rules forbid the character, independent of where it stands. */
function forbiddenIn(kind: Kind, code: number): boolean {
  if (kind === "inline") return isControl(code) && code !== 0x0a;
  return isControl(code) || code === 0x2028 || code === 0x2029;
}

describe("whitespace and separators", () => {
  const codes = spaceLike();

  it("covers JavaScript's whitespace and the Unicode separators", () => {
    for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x200a]) {
      expect(codes).toContain(code);
    }
    for (const code of [0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
      expect(codes).toContain(code);
  });

  it("are refused only where a rule forbids them, always naming the character", () => {
    for (const field of FIELDS.filter((f) => f.kind !== "url")) {
      for (const code of codes) {
        const char = String.fromCodePoint(code);
        for (const where of ["start", "middle", "end"] as const) {
          const value =
            where === "start" ? `${char}Ab` : where === "middle" ? `A${char}b` : `Ab${char}`;
          const position = where === "start" ? 1 : where === "middle" ? 2 : 3;
          const label = `${field.path}: ${hex(code)} at the ${where}`;
          const messages = messagesAt(field, value);
          if (forbiddenIn(field.kind, code)) {
            expect(messages, label).toEqual([naming(code, position)]);
            expect(messages?.[0], label).not.toMatch(/start|end with/);
          } else if (field.kind === "label" && where !== "middle" && /\s/.test(char)) {
            expect(messages, label).toEqual([
              `must not ${where} with whitespace (${hex(code)}); remove it, or use a visible character`,
            ]);
          } else {
            expect(messages, label).toBeUndefined();
          }
        }
      }
    }
  }, 60_000);

  it("name line breaks and separators as what they are, and say the field is one line", () => {
    const [headline] = FIELDS;
    if (!headline) throw new Error("no fields");
    expect(messagesAt(headline, "Line\u2028separator")).toEqual([
      "must not contain a line separator (U+2028) at character 5; this field is one line: replace it with a space",
    ]);
    expect(messagesAt(headline, "Para\u2029separator")).toEqual([
      "must not contain a paragraph separator (U+2029) at character 5; this field is one line: replace it with a space",
    ]);
    expect(messagesAt(headline, "Line\nbreak")).toEqual([
      "must not contain a line break (U+000A) at character 5; this field is one line: replace it with a space",
    ]);
    expect(messagesAt(headline, "Tab\there")).toEqual([
      "must not contain a tab (U+0009) at character 4; replace it with a space",
    ]);
  });

  it("lets inline text hold line and paragraph separators, as it holds line breaks", () => {
    const span = FIELDS.find((field) => field.path === "body[0].content[0].text");
    if (!span) throw new Error("no span field");
    for (const text of ["a\nb", "a\u2028b", "a\u2029b", "\u2028"]) {
      expect(messagesAt(span, text), JSON.stringify(text)).toBeUndefined();
    }
  });
});
