import { type Article, assertNever, type Block, type Inline, type Span } from "@broadsheet/article";
import type { BlockContent, ListItem, PhrasingContent, Root, TableRow } from "mdast";

function spanNodes(span: Span): PhrasingContent[] {
  const marks = span.marks ?? [];
  let nodes: PhrasingContent[] = marks.includes("code")
    ? [{ type: "inlineCode", value: span.text }]
    : [{ type: "text", value: span.text }];
  for (const mark of marks) {
    if (mark === "em") nodes = [{ type: "emphasis", children: nodes }];
    else if (mark === "strong") nodes = [{ type: "strong", children: nodes }];
    else if (mark === "strike") nodes = [{ type: "delete", children: nodes }];
    else if (mark === "sub" || mark === "sup") {
      nodes = [
        { type: "html", value: `<${mark}>` },
        ...nodes,
        { type: "html", value: `</${mark}>` },
      ];
    }
  }
  return span.href === undefined ? nodes : [{ type: "link", url: span.href, children: nodes }];
}

function phrasing(inline: Inline): PhrasingContent[] {
  return inline.flatMap(spanNodes);
}

function item(inline: Inline): ListItem {
  return {
    type: "listItem",
    spread: false,
    children: [{ type: "paragraph", children: phrasing(inline) }],
  };
}

function row(cells: Inline[]): TableRow {
  return {
    type: "tableRow",
    children: cells.map((cell) => ({ type: "tableCell", children: phrasing(cell) })),
  };
}

function blockNodes(block: Block): BlockContent[] {
  switch (block.type) {
    case "paragraph":
      return [{ type: "paragraph", children: phrasing(block.content) }];
    case "heading":
      return [{ type: "heading", depth: block.level, children: phrasing(block.content) }];
    case "blockquote": {
      const children: BlockContent[] = block.paragraphs.map((paragraph) => ({
        type: "paragraph",
        children: phrasing(paragraph),
      }));
      if (block.attribution !== undefined) {
        children.push({
          type: "paragraph",
          children: [{ type: "text", value: `— ${block.attribution}` }],
        });
      }
      return [{ type: "blockquote", children }];
    }
    case "list":
      return [
        {
          type: "list",
          ordered: block.ordered,
          ...(block.start !== undefined && { start: block.start }),
          spread: false,
          children: block.items.map(item),
        },
      ];
    case "image": {
      const nodes: BlockContent[] = [
        {
          type: "paragraph",
          children: [
            { type: "image", url: block.src, alt: block.alt, title: block.credit ?? null },
          ],
        },
      ];
      if (block.caption) nodes.push({ type: "paragraph", children: phrasing(block.caption) });
      return nodes;
    }
    case "embed":
      return [
        {
          type: "paragraph",
          children: [
            {
              type: "link",
              url: block.url,
              title: block.provider ?? null,
              children: [{ type: "text", value: block.fallback }],
            },
          ],
        },
      ];
    case "divider":
      return [{ type: "thematicBreak" }];
    case "table": {
      const nodes: BlockContent[] = [];
      if (block.caption !== undefined) {
        nodes.push({ type: "paragraph", children: [{ type: "text", value: block.caption }] });
      }
      nodes.push({
        type: "table",
        align: block.align ?? block.header.map(() => null),
        children: [row(block.header), ...block.rows.map(row)],
      });
      return nodes;
    }
    case "aside": {
      const children: BlockContent[] = [];
      if (block.title !== undefined) {
        children.push({
          type: "paragraph",
          children: [{ type: "strong", children: [{ type: "text", value: block.title }] }],
        });
      }
      for (const child of block.content) children.push(...blockNodes(child));
      return [{ type: "blockquote", children }];
    }
    default:
      return assertNever(block, "block type");
  }
}

/**
 * The article as the mdast tree mdast-util-to-markdown (with GFM) would be given: the headline
 * as the h1, then the body, block for block and mark for mark (sub and sup as inline HTML, which
 * Markdown has no syntax for; a pull quote's attribution and a fact box's title as paragraphs).
 */
export function articleToMdast(article: Article): Root {
  return {
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: article.headline }] },
      ...article.body.flatMap(blockNodes),
    ],
  };
}
