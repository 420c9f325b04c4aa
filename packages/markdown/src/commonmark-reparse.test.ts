import {
  type Article,
  type AsideBlock,
  type Block,
  type Inline,
  inlineText,
  parseArticle,
} from "@broadsheet/article";
import { type Node, Parser } from "commonmark";
import fc from "fast-check";
import { expect, test } from "vitest";
import { datelinePrefix } from "./dateline-prefix.js";
import { normalizeInline } from "./normalize-inline.js";
import { articleOf } from "./test-arbitraries.js";
import { toMarkdown } from "./to-markdown.js";

/** CommonMark has no tables or strikethrough (GFM): leave them out of the articles compared. */
function withoutGfm(article: Article): Article {
  const plain = (content: Inline): Inline =>
    normalizeInline(
      content.map((span) => ({ ...span, marks: span.marks?.filter((mark) => mark !== "strike") })),
    );
  const block = <B extends Block | AsideBlock>(value: B): B => {
    switch (value.type) {
      case "paragraph":
      case "heading":
        return { ...value, content: plain(value.content) };
      case "list":
        return { ...value, items: value.items.map(plain) };
      case "blockquote":
        return { ...value, paragraphs: value.paragraphs.map(plain) };
      case "image":
        return value.caption ? { ...value, caption: plain(value.caption) } : value;
      case "aside":
        return { ...value, content: value.content.map(block) };
      default:
        return value;
    }
  };
  const body = article.body.filter((value) => value.type !== "table").map(block);
  return { ...article, body: body.length > 0 ? body : [{ type: "divider" }] };
}

/** The texts a reader sees, block by block, in the order CommonMark lists its paragraphs and headings. */
function expectedTexts(article: Article): string[] {
  const lead = article.dateline
    ? article.body.findIndex((block) => block.type === "paragraph")
    : -1;
  const texts = (block: Block | AsideBlock, index: number): string[] => {
    switch (block.type) {
      case "paragraph": {
        const text = inlineText(block.content);
        return [
          index === lead && article.dateline ? `${datelinePrefix(article.dateline)} ${text}` : text,
        ];
      }
      case "heading":
        return [inlineText(block.content)];
      case "list":
        return block.items.map(inlineText);
      case "blockquote":
        return [
          ...(block.style === "pull" ? ["[!PULLQUOTE]"] : []),
          ...block.paragraphs.map(inlineText),
          ...(block.attribution === undefined ? [] : [`— ${block.attribution}`]),
        ];
      case "image":
        return [block.caption ? `${block.alt}\n${inlineText(block.caption)}` : block.alt];
      case "embed":
        return [block.fallback];
      case "aside":
        return [
          block.title === undefined ? "[!ASIDE]" : `[!ASIDE] ${block.title}`,
          ...block.content.flatMap((child) => texts(child, Number.NaN)),
        ];
      default:
        return [];
    }
  };
  return article.body.flatMap(texts);
}

function textOf(node: Node): string {
  let out = "";
  const walker = node.walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (!event.entering) continue;
    const child = event.node;
    if (child.type === "text" || child.type === "code") out += child.literal ?? "";
    else if (child.type === "softbreak" || child.type === "linebreak") out += "\n";
  }
  return out;
}

function commonmarkTexts(markdown: string): string[] {
  const body = markdown.slice(markdown.indexOf("\n---\n") + 5);
  const texts: string[] = [];
  const walker = new Parser().parse(body).walker();
  for (let event = walker.next(); event; event = walker.next()) {
    if (event.entering && (event.node.type === "paragraph" || event.node.type === "heading")) {
      texts.push(textOf(event.node));
    }
  }
  return texts;
}

test("the CommonMark reference parser reads the same paragraph, heading and list-item texts", () => {
  fc.assert(
    fc.property(articleOf().map(withoutGfm), (article) => {
      expect(parseArticle(article).ok).toBe(true);
      expect(commonmarkTexts(toMarkdown(article))).toEqual(expectedTexts(article));
    }),
    { numRuns: 200 },
  );
});
