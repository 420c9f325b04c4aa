import { isDeepStrictEqual } from "node:util";
import { type Article, parseArticle } from "@broadsheet/article";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { fromMarkdown } from "./from-markdown.js";
import { toYaml } from "./front-matter/to-yaml.js";
import { articleOf } from "./test-arbitraries.js";
import { commonmarkLeaves, type ParsedBody } from "./test-commonmark-leaves.js";
import { type ExpectedBody, expectedLeaves, type ParserName } from "./test-expected-leaves.js";
import {
  destinationArticle,
  destinationBlocks,
  hostileArticle,
  hostileBlocks,
  isInlineText,
  isLabel,
  isLinkUrl,
  isWebUrl,
} from "./test-hostile-article.js";
import { GROUPS, hostileStrings, TEXT_GROUPS } from "./test-hostile-strings.js";
import type { Leaf } from "./test-leaf.js";
import { markedLeaves } from "./test-marked-leaves.js";
import { toMarkdown } from "./to-markdown.js";

const texts = hostileStrings(...TEXT_GROUPS);

/** The front matter text and the body of an exported file. */
function split(markdown: string): { yaml: string; body: string } {
  const end = markdown.indexOf("\n---\n", 3);
  return { yaml: markdown.slice(4, end + 1), body: markdown.slice(end + 5) };
}

/**
 * CommonMark has no strikethrough: where a leaf has struck text, compare it without the strike
 * mark and without any `~` (the `~~` delimiters are text there), so only other markup counts.
 */
function withoutStrike(leaf: Leaf): Leaf {
  const spans = leaf.spans.flatMap((span) => {
    const marks = span.marks?.filter((mark) => mark !== "strike");
    const text = span.text.replaceAll("~", "");
    if (text === "") return [];
    return [{ ...span, text, marks: marks && marks.length > 0 ? marks : undefined }];
  });
  return { ...leaf, spans: JSON.parse(JSON.stringify(spans)) };
}

function comparable(leaf: Leaf, strikeBlind: boolean): string {
  const { spans, titles, src } = strikeBlind ? withoutStrike(leaf) : leaf;
  const merged: { text: string; marks?: string[]; href?: string }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && last.href === span.href && `${last.marks}` === `${span.marks}`) {
      last.text += span.text;
    } else {
      merged.push({ ...span });
    }
  }
  return JSON.stringify({ spans: merged, titles, src });
}

function compare(
  parser: ParserName,
  expected: ExpectedBody,
  actual: ParsedBody,
  contexts: string[],
): string[] {
  if (!isDeepStrictEqual(expected.shape, actual.shape)) {
    const at = expected.shape.findIndex((shape, index) => actual.shape[index] !== shape);
    const where = expected.leaves.length > 0 ? ` near ${JSON.stringify(expected.shape[at])}` : "";
    return [
      `${parser}: block shape differs at block ${at}${where}: expected ${JSON.stringify(expected.shape.slice(at, at + 3))}, got ${JSON.stringify(actual.shape.slice(at, at + 3))}`,
    ];
  }
  const problems: string[] = [];
  expected.leaves.forEach((leaf, index) => {
    const got = actual.leaves[index];
    const strikeBlind =
      parser === "commonmark" && leaf.spans.some((span) => span.marks?.includes("strike"));
    const want = comparable(leaf, strikeBlind);
    const have = got === undefined ? "nothing" : comparable(got, strikeBlind);
    const where = leaf.where.replace(
      /^body\[(\d+)\] \w+/,
      (_, at) => `body[${at}] (${contexts[Number(at)]})`,
    );
    if (want !== have) problems.push(`${parser}: ${where}: expected ${want}, got ${have}`);
  });
  return problems;
}

function frontMatterProblems(article: Article, yaml: string): string[] {
  const { body: _body, ...fields } = article;
  const problems: string[] = [];
  for (const version of ["1.2", "1.1"] as const) {
    const read: unknown = parse(yaml, { version });
    if (!isDeepStrictEqual(read, fields)) {
      problems.push(`front matter under YAML ${version}: read ${JSON.stringify(read)}`);
    }
  }
  return problems;
}

function roundTripProblems(article: Article, markdown: string, contexts: string[]): string[] {
  const read = fromMarkdown(markdown);
  if (!read.ok) return [`fromMarkdown failed: ${JSON.stringify(read.errors.slice(0, 3))}`];
  const problems: string[] = [];
  article.body.forEach((block, index) => {
    if (!isDeepStrictEqual(read.article.body[index], block)) {
      problems.push(
        `round trip body[${index}] (${contexts[index]}): wrote ${JSON.stringify(block)}, read ${JSON.stringify(read.article.body[index])}`,
      );
    }
  });
  if (read.article.body.length !== article.body.length) {
    problems.push(`round trip: ${article.body.length} blocks became ${read.article.body.length}`);
  }
  const { body: _a, ...fields } = article;
  const { body: _b, ...readFields } = read.article;
  if (!isDeepStrictEqual(fields, readFields)) {
    problems.push(`round trip front matter: read ${JSON.stringify(readFields)}`);
  }
  return problems;
}

describe("the hostile corpus (corpus/hostile-strings.json)", () => {
  test("holds at least 150 text strings in named groups, all of them valid article text", () => {
    expect(texts.length).toBeGreaterThanOrEqual(150);
    for (const group of TEXT_GROUPS) expect(GROUPS).toContain(group);
    const invalid = texts.filter((entry) => !isInlineText(entry.text));
    expect(invalid).toEqual([]);
    expect(texts.filter((entry) => isLabel(entry.text)).length).toBeGreaterThan(100);
  });

  test("the model rejects what it forbids: NUL and other controls, CR, tabs, bidi overrides", () => {
    const rejected = hostileStrings("rejected-by-model");
    expect(rejected.length).toBeGreaterThanOrEqual(15);
    for (const { name, text } of rejected) {
      const article = { ...hostileArticle("plain"), headline: `x${text}y` };
      const inBody = {
        ...hostileArticle("plain"),
        body: [{ type: "paragraph", content: [{ text }] }],
      };
      expect(parseArticle(article).ok, name).toBe(false);
      expect(parseArticle(inBody).ok, name).toBe(false);
    }
  });

  test("toYaml keeps every string a string under YAML 1.2 and 1.1, multi-line and spaced too", () => {
    const values = texts.flatMap(({ text }) => [text, ` ${text}`, `${text} `, `${text}\n${text}`]);
    const data = { values, nested: { value: values.join("\n") } };
    for (const quote of ["needed", "all"] as const) {
      const yaml = toYaml(data, { quote });
      expect(parse(yaml, { version: "1.2" })).toEqual(data);
      expect(parse(yaml, { version: "1.1" })).toEqual(data);
    }
  });

  test("link destinations are model-valid; other schemes, spaces and relative URLs are not", () => {
    for (const { name, text } of hostileStrings("link-destinations")) {
      expect(isLinkUrl(text), name).toBe(true);
    }
    for (const { name, text } of hostileStrings("rejected-urls")) {
      expect(isLinkUrl(text) || isWebUrl(text), name).toBe(false);
    }
  });
});

/**
 * What goes wrong when the article is exported and read back: by fromMarkdown (round trip), as
 * YAML 1.1 and 1.2 (front matter), and by the CommonMark reference parser and marked (the text
 * of every leaf), naming the context each block came from.
 */
function readerProblems(article: Article, blocks: readonly { name: string }[]): string[] {
  const markdown = toMarkdown(article);
  const { yaml, body } = split(markdown);
  const contexts = blocks.map((context) => context.name);
  return [
    ...roundTripProblems(article, markdown, contexts),
    ...frontMatterProblems(article, yaml),
    ...compare(
      "commonmark",
      expectedLeaves(article, "commonmark"),
      commonmarkLeaves(body),
      contexts,
    ),
    ...compare("marked", expectedLeaves(article, "marked"), markedLeaves(body), contexts),
  ];
}

test.each(texts)(
  "$group/$name: in every context, read back the same by every reader",
  ({ text }) => {
    // Model-valid: fromMarkdown validates what it reads, and must read back this very article.
    const article = hostileArticle(text);
    expect(readerProblems(article, hostileBlocks(text))).toEqual([]);
  },
);

test.each(hostileStrings("link-destinations"))(
  "link destination $name: written so that every reader reads the same URL",
  ({ text }) => {
    const article = destinationArticle(text);
    expect(parseArticle(article)).toEqual({ ok: true, article });
    expect(readerProblems(article, destinationBlocks(text))).toEqual([]);
  },
);

test.each(hostileStrings("rejected-urls"))(
  "toMarkdown refuses the destination $name of an unvalidated article, naming it",
  ({ text }) => {
    const span = { text: "b", href: text };
    const bad: Article[] = [
      {
        ...destinationArticle("https://example.com/"),
        body: [{ type: "paragraph", content: [span] }],
      },
      {
        ...destinationArticle("https://example.com/"),
        body: [{ type: "image", src: text, alt: "A" }],
      },
      {
        ...destinationArticle("https://example.com/"),
        body: [{ type: "embed", url: text, fallback: "A" }],
      },
    ];
    for (const article of bad) {
      expect(parseArticle(article).ok).toBe(false);
      expect(() => toMarkdown(article)).toThrow(TypeError);
      expect(() => toMarkdown(article)).toThrow(JSON.stringify(text));
    }
  },
);

test("generated articles: CommonMark and marked read every text back, with no markup gained", () => {
  fc.assert(
    fc.property(articleOf(), (article) => {
      const { body } = split(toMarkdown(article));
      const contexts = article.body.map((block) => block.type);
      expect([
        ...compare(
          "commonmark",
          expectedLeaves(article, "commonmark"),
          commonmarkLeaves(body),
          contexts,
        ),
        ...compare("marked", expectedLeaves(article, "marked"), markedLeaves(body), contexts),
      ]).toEqual([]);
    }),
    { numRuns: 100 },
  );
});
