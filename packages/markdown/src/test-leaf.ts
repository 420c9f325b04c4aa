import type { Mark, Span } from "@broadsheet/article";
import { normalizeInline } from "./normalize-inline.js";
import entities from "./read/html-entities.json" with { type: "json" };

/**
 * What a parser made of one piece of running text (a paragraph, heading, list item, quote
 * paragraph, table cell, image alt or caption): its spans, and the titles and image source it
 * carries. Anything the model has no mark for (raw HTML, an image inside text, a checkbox) is a
 * span whose text starts with FOREIGN, so a comparison fails where markup was gained.
 */
export interface Leaf {
  spans: Span[];
  titles?: string[];
  src?: string;
}

/** Stands for a soft line break, which no text in the model is meant to produce. */
export const SOFT = "\u{F0000}";

/** Starts the text of a span that stands for markup the model cannot hold. */
export const FOREIGN = "\u{F0001}";

/** The marks of the HTML tags the format writes. */
export const TAG_MARKS: ReadonlyMap<string, Mark> = new Map([
  ["sub", "sub"],
  ["sup", "sup"],
  ["em", "em"],
  ["strong", "strong"],
  ["del", "strike"],
]);

/** Builds the spans of one leaf: text pushed under a stack of marks, a link and open tags. */
export class SpanBuilder {
  readonly spans: Span[] = [];
  readonly titles: string[] = [];
  #marks: Mark[] = [];
  #href: string | undefined;
  readonly #tags: string[] = [];

  push(text: string, extra: readonly Mark[] = []): void {
    const marks = [...this.#marks, ...extra];
    const span: Span = { text };
    if (marks.length > 0) span.marks = marks;
    if (this.#href !== undefined) span.href = this.#href;
    this.spans.push(span);
  }

  foreign(what: string): void {
    this.spans.push({ text: `${FOREIGN}${what}` });
  }

  within(mark: Mark, inner: () => void): void {
    this.#marks.push(mark);
    inner();
    this.#marks.pop();
  }

  link(href: string, title: string | null | undefined, inner: () => void): void {
    if (title) this.titles.push(title);
    const outer = this.#href;
    if (outer !== undefined) this.foreign(`nested link ${href}`);
    this.#href = href;
    inner();
    this.#href = outer;
  }

  /** An inline HTML tag: one of the format's mark tags opens or closes a mark, any other is foreign. */
  tag(html: string): void {
    const match = /^<(\/?)([a-z]+)>$/.exec(html);
    const mark = match ? TAG_MARKS.get(match[2] ?? "") : undefined;
    if (!match || !mark) {
      this.foreign(`html ${html}`);
      return;
    }
    if (!match[1]) {
      this.#tags.push(html);
      this.#marks.push(mark);
    } else if (this.#tags.at(-1) === `<${match[2]}>`) {
      this.#tags.pop();
      this.#marks.splice(this.#marks.lastIndexOf(mark), 1);
    } else {
      this.foreign(`unbalanced ${html}`);
    }
  }

  leaf(extra: Partial<Leaf> = {}): Leaf {
    if (this.#tags.length > 0) this.foreign(`unclosed ${this.#tags.join("")}`);
    const leaf: Leaf = { spans: normalizeInline(this.spans), ...extra };
    if (this.titles.length > 0) leaf.titles = [...this.titles];
    return leaf;
  }
}

const NAMED: Readonly<Record<string, string>> = entities;
const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Decodes HTML character references only (no backslash escapes) in one pass, as a browser does
 * with what marked leaves in its tokens (marked decodes numeric references and keeps named ones,
 * which its HTML renderer passes through unescaped).
 */
export function decodeReferences(text: string): string {
  return text.replace(
    REFERENCE,
    (match, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return Object.hasOwn(NAMED, name) ? (NAMED[name] ?? match) : match;
      const code = Number.parseInt(decimal ?? hex ?? "0", decimal === undefined ? 16 : 10);
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
      return String.fromCodePoint(code);
    },
  );
}

const URL_SAFE = /^[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]$/;

/**
 * A URL as commonmark.js normalizes a link destination (mdurl's encode): valid `%XX` kept,
 * URL-safe ASCII kept, everything else percent-encoded as UTF-8, a lone surrogate as U+FFFD.
 */
export function commonmarkUrl(url: string): string {
  let out = "";
  for (let index = 0; index < url.length; index++) {
    const char = url[index] ?? "";
    const code = char.charCodeAt(0);
    if (char === "%" && /^[0-9a-fA-F]{2}$/.test(url.slice(index + 1, index + 3))) {
      out += url.slice(index, index + 3);
      index += 2;
    } else if (URL_SAFE.test(char)) {
      out += char;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const low = url.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += encodeURIComponent(url.slice(index, index + 2));
        index++;
      } else {
        out += "%EF%BF%BD";
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += "%EF%BF%BD";
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}
