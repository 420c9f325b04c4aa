import type { Aside, AsideBlock, Blockquote } from "@broadsheet/article";

/**
 * A fact box as a plain block quote: its title becomes a first paragraph in bold. With a list
 * inside it stays a (title-less) aside, which is written as a marker-less quote; with
 * paragraphs only it is a block quote.
 */
export function plainAside(block: Aside): Aside | Blockquote {
  const title: AsideBlock[] =
    block.title === undefined
      ? []
      : [{ type: "paragraph", content: [{ text: block.title, marks: ["strong"] }] }];
  const content = [...title, ...block.content];
  const paragraphs = content.flatMap((child) =>
    child.type === "paragraph" ? [child.content] : [],
  );
  if (paragraphs.length === content.length) {
    return { type: "blockquote", style: "block", paragraphs };
  }
  return { type: "aside", content };
}
