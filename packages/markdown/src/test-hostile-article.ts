import {
  type Article,
  Aside,
  type Block,
  Dateline,
  Image,
  type Inline,
  type Mark,
  Span,
} from "@broadsheet/article";
import { normalizeInline } from "./normalize-inline.js";

/** The link every link-text context points to. */
export const LINK = "https://example.com/a_(b)";

const MARKS: readonly Mark[] = ["em", "strong", "code", "sub", "sup", "strike"];

/** Whether a string is valid as a label (alt text, attribution, dateline place, …). */
export function isLabel(text: string): boolean {
  return Dateline.shape.place.safeParse(text).success;
}

/** Whether a string is valid as inline span text. */
export function isInlineText(text: string): boolean {
  return text !== "" && Span.shape.text.safeParse(text).success;
}

/** Whether a string is a URL a link may point to (http, https, mailto). */
export function isLinkUrl(url: string): boolean {
  return Span.shape.href.safeParse(url).success;
}

/** Whether a string is a web address an image or embed may use (http, https). */
export function isWebUrl(url: string): boolean {
  return Image.shape.src.safeParse(url).success;
}

/** The label forms of a string: itself, inside words, and with line breaks flattened. */
export function labelsOf(text: string): string[] {
  const flat = text.replace(/[\n\u2028\u2029]/g, " ");
  return [...new Set([text, `x ${text} y`, `x ${flat} y`])].filter(isLabel);
}

/** Inline content for one context, named for messages. */
export interface Variant {
  name: string;
  content: Inline;
}

function codeAllowed(text: string, inTable: boolean): boolean {
  // FORMAT.md: code spans cannot hold line breaks, and in a table cell a backslash right
  // before a pipe inside code is unescaped by GFM first.
  return !/[\n\u2028\u2029]/.test(text) && !(inTable && /\\\|/.test(text));
}

/**
 * The string in running text at the start, middle and end of a line, glued to letters, after a
 * hard break, and under each mark, a link and combined marks: every way inline content holds it.
 */
export function inlineVariants(text: string, options: { inTable?: boolean } = {}): Variant[] {
  const variants: Variant[] = [
    { name: "alone", content: [{ text }] },
    { name: "start", content: [{ text: `${text} end` }] },
    { name: "middle", content: [{ text: `start ${text} end` }] },
    { name: "glued", content: [{ text: `start${text}end` }] },
    { name: "end", content: [{ text: `start ${text}` }] },
    { name: "after a line break", content: [{ text: `line\n${text}` }] },
  ];
  const marked = (name: string, marks: Mark[], href?: string) => {
    const span: Span = { text, ...(marks.length > 0 ? { marks } : {}), ...(href ? { href } : {}) };
    variants.push({ name: `${name} middle`, content: [{ text: "a " }, span, { text: " b" }] });
    // <sub> and <sup> are tags, which no neighbour changes: mid-line is enough for them.
    if (name === "sub" || name === "sup") return;
    variants.push(
      { name: `${name} alone`, content: [span] },
      { name: `${name} glued`, content: [{ text: "a" }, span, { text: "b" }] },
    );
  };
  for (const mark of MARKS) {
    if (mark !== "code" || codeAllowed(text, options.inTable ?? false)) marked(mark, [mark]);
  }
  marked("link", [], LINK);
  marked("em+strong", ["em", "strong"]);
  marked("strong+strike", ["strong", "strike"]);
  marked("em link", ["em"], LINK);
  return variants.map((variant) => ({ ...variant, content: normalizeInline(variant.content) }));
}

/** A block and the name of the context it tests. */
export interface Context {
  name: string;
  block: Block;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size)
    out.push(items.slice(index, index + size));
  return out;
}

/** Every body context for one string: one block per context, in an order that keeps them apart. */
export function hostileBlocks(text: string): Context[] {
  const variants = inlineVariants(text);
  // Where the context adds nothing to how a mark is written, each mark in mid-line is enough.
  const brief = variants.filter(
    (variant) => !/ (?:alone|glued)$/.test(variant.name) || variant.name === "alone",
  );
  const labels = labelsOf(text);
  const label = labels[0];
  const blocks: Context[] = [];
  const add = (name: string, block: Block) => blocks.push({ name, block });
  for (const variant of variants) {
    add(`paragraph, ${variant.name}`, { type: "paragraph", content: variant.content });
  }
  for (const variant of variants) {
    add(`heading, ${variant.name}`, { type: "heading", level: 2, content: variant.content });
  }
  add("heading 3", { type: "heading", level: 3, content: [{ text }] });
  add("heading 4", { type: "heading", level: 4, content: [{ text: `x${text}` }] });
  const items = variants.map((variant) => variant.content);
  const briefItems = brief.map((variant) => variant.content);
  add("bulleted list", { type: "list", ordered: false, items });
  add("numbered list", { type: "list", ordered: true, items: briefItems });
  add("numbered list from 999999998", {
    type: "list",
    ordered: true,
    start: 999_999_998,
    items: items.slice(0, 2),
  });
  add("bulleted list after a numbered list", { type: "list", ordered: false, items: [[{ text }]] });
  add("bulleted list right after a bulleted list", {
    type: "list",
    ordered: false,
    items: [[{ text }]],
  });
  add("block quote", {
    type: "blockquote",
    style: "block",
    paragraphs: briefItems,
    ...(label === undefined ? {} : { attribution: label }),
  });
  add("block quote, no attribution", {
    type: "blockquote",
    style: "block",
    paragraphs: [[{ text: "first" }], [{ text }]],
  });
  add("pull quote", {
    type: "blockquote",
    style: "pull",
    paragraphs: [[{ text }]],
    ...(label === undefined ? {} : { attribution: label }),
  });
  labels.forEach((alt, index) => {
    const caption = variants[(index * 7) % variants.length]?.content ?? [{ text }];
    add(`image, alt and credit ${index}`, {
      type: "image",
      src: "https://example.com/image_(1).jpg",
      alt,
      credit: alt,
      caption,
      ...(index === 0 ? { width: 1200, height: 800 } : {}),
    });
    add(`embed ${index}`, {
      type: "embed",
      url: "https://example.com/video",
      fallback: alt,
      provider: alt,
    });
  });
  // A caption is running text whose first line continues the image's: where the string stands
  // on the line matters there, not which mark it has.
  const captions = brief.filter(
    (variant) =>
      !variant.name.includes(" ") ||
      /^(?:em|link) /.test(variant.name) ||
      variant.name === "after a line break",
  );
  for (const variant of captions) {
    add(`image caption, ${variant.name}`, {
      type: "image",
      src: "https://example.com/i.png",
      alt: "A",
      caption: variant.content,
    });
  }
  if (label !== undefined) {
    add("embed, no provider", { type: "embed", url: "https://example.com/v", fallback: label });
  }
  const cells = inlineVariants(text, { inTable: true }).map((variant) => variant.content);
  const [header = [], ...rows] = chunk(cells, 3).map((row) => {
    const padded = [...row];
    while (padded.length < 3) padded.push([{ text: "pad" }]);
    return padded;
  });
  add("table", {
    type: "table",
    header,
    align: ["left", "center", null],
    rows,
    ...(label === undefined ? {} : { caption: label }),
  });
  add("paragraph after a table", { type: "paragraph", content: [{ text }] });
  add("divider", { type: "divider" });
  add("aside", {
    type: "aside",
    ...(Aside.shape.title.safeParse(text).success ? { title: text } : {}),
    content: [
      { type: "paragraph", content: [{ text }] },
      { type: "list", ordered: false, items: briefItems.slice(0, 8) },
      { type: "list", ordered: false, items: briefItems.slice(8) },
      { type: "paragraph", content: [{ text: `start ${text} end` }] },
    ],
  });
  const url = `https://example.com/${text}`;
  if (isLinkUrl(url)) {
    add("link destination", {
      type: "paragraph",
      content: [{ text: "see " }, { text: "this", href: url }],
    });
  }
  if (isWebUrl(url)) {
    add("image source", { type: "image", src: url, alt: "A" });
  }
  return blocks;
}

/** An article holding the string in every body context and every front matter text field. */
export function hostileArticle(text: string): Article {
  const labels = labelsOf(text);
  const label = labels[0];
  const fields: Partial<Article> =
    label === undefined
      ? {}
      : {
          alternativeHeadline: label,
          kicker: label,
          articleSection: label,
          author: labels.map((name) => ({ name, role: name, url: "mailto:desk@example.com" })),
          dateline: { place: label, date: label, source: label },
          keywords: labels,
          description: label,
          image: { url: "https://example.com/lead.jpg", alt: label, caption: label, credit: label },
          corrections: [{ date: "2024-08-07", kind: "correction", text: label }],
          citation: [{ name: label, publisher: label }],
          copyrightHolder: label,
          license: label,
        };
  const note = Aside.shape.title.safeParse(text).success ? text : "plain";
  return {
    schemaVersion: 1,
    id: "hostile",
    slug: "hostile",
    headline: label ?? "Headline",
    ...fields,
    datePublished: "2024-08-06T10:00:00+02:00",
    isBasedOn: {
      format: "markdown",
      sha256: "a".repeat(64),
      importer: label ?? "test",
      warnings: [{ rule: "hostile", note }],
    },
    body: hostileBlocks(text).map((context) => context.block),
  };
}

/** Every place a link destination is written, for one URL: links, images, embeds, front matter. */
export function destinationBlocks(url: string): Context[] {
  const link = (text: string, marks?: Mark[]): Span => ({
    text,
    href: url,
    ...(marks ? { marks } : {}),
  });
  const blocks: Context[] = [
    {
      name: "link in text",
      block: { type: "paragraph", content: [{ text: "a " }, link("b"), { text: " c" }] },
    },
    { name: "link alone", block: { type: "paragraph", content: [link("b")] } },
    {
      name: "link glued",
      block: { type: "paragraph", content: [{ text: "a" }, link("b"), { text: "c" }] },
    },
    {
      name: "emphasised link",
      block: { type: "paragraph", content: [link("b", ["em", "strong"])] },
    },
    {
      name: "link, text like a link",
      block: { type: "paragraph", content: [link("[a](b) *c* ]")] },
    },
    { name: "link in a heading", block: { type: "heading", level: 2, content: [link("b")] } },
    {
      name: "link in a list",
      block: { type: "list", ordered: false, items: [[link("b")], [{ text: "x " }, link("b")]] },
    },
    {
      name: "link in a quote",
      block: { type: "blockquote", style: "block", paragraphs: [[link("b")]] },
    },
    {
      name: "link in a table",
      block: {
        type: "table",
        header: [[link("b")], [{ text: "c" }]],
        rows: [[[{ text: "d" }], [link("e", ["code"])]]],
      },
    },
    {
      name: "link in a caption",
      block: { type: "image", src: "https://example.com/i.png", alt: "A", caption: [link("b")] },
    },
  ];
  if (isWebUrl(url)) {
    blocks.push(
      { name: "image source", block: { type: "image", src: url, alt: "A", credit: "AP" } },
      { name: "embed", block: { type: "embed", url, fallback: "Watch", provider: "Video" } },
    );
  }
  return blocks;
}

/** An article with one URL in every destination and every URL field of the front matter. */
export function destinationArticle(url: string): Article {
  return {
    schemaVersion: 1,
    id: "links",
    slug: "links",
    headline: "Links",
    author: [{ name: "A", url }],
    ...(isWebUrl(url) ? { url, image: { url, alt: "A" } } : {}),
    citation: [{ name: "C", url }],
    body: destinationBlocks(url).map((context) => context.block),
  };
}
