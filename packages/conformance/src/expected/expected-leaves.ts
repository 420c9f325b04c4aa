import { assertNever, type Block, type Inline, type Mark } from "@broadsheet/article";
import { collapseSpace, imageFact, type Leaf, linkFact, markFact } from "../extract/leaf.js";

const MARK_ORDER: readonly Mark[] = ["em", "strong", "code", "strike", "sub", "sup"];

function spanText(text: string): string {
  return text.replace(/\n/g, "\u2028");
}

function inlineLeaf(kind: string, content: Inline, place?: string): Leaf {
  const links: string[] = [];
  const marks: string[] = [];
  let index = 0;
  while (index < content.length) {
    const href = content[index]?.href;
    let end = index + 1;
    while (href !== undefined && end < content.length && content[end]?.href === href) end++;
    if (href !== undefined) {
      const text = content
        .slice(index, end)
        .map((span) => spanText(span.text))
        .join("");
      links.push(linkFact(collapseSpace(text), href));
    }
    index = end;
  }
  for (const mark of MARK_ORDER) {
    let start = 0;
    while (start < content.length) {
      if (!content[start]?.marks?.includes(mark)) {
        start++;
        continue;
      }
      let end = start + 1;
      while (end < content.length && content[end]?.marks?.includes(mark)) end++;
      const text = content
        .slice(start, end)
        .map((span) => spanText(span.text))
        .join("");
      marks.push(markFact(mark, collapseSpace(text)));
      start = end;
    }
  }
  const leaf: Leaf = {
    kind,
    text: collapseSpace(content.map((span) => spanText(span.text)).join("")),
    links,
    images: [],
    marks,
  };
  if (place !== undefined) leaf.place = place;
  return leaf;
}

function textLeaf(kind: string, text: string): Leaf {
  return inlineLeaf(kind, [{ text }]);
}

function listLeaves(
  block: { ordered: boolean; start?: number; items: Inline[] },
  prefix: string,
): Leaf[] {
  const start = block.start ?? 1;
  return block.items.map((item, index) =>
    inlineLeaf(`${prefix}li`, item, block.ordered ? `${start + index}.` : "•"),
  );
}

function blockLeaves(block: Block): Leaf[] {
  switch (block.type) {
    case "paragraph":
      return [inlineLeaf("p", block.content)];
    case "heading":
      return [inlineLeaf(`h${block.level}`, block.content)];
    case "blockquote": {
      const leaves = block.paragraphs.map((paragraph) => inlineLeaf("quote > p", paragraph));
      if (block.attribution !== undefined) {
        leaves.push(textLeaf("quote > p", `— ${block.attribution}`));
      }
      return leaves;
    }
    case "aside": {
      const leaves: Leaf[] = [];
      if (block.title !== undefined) {
        leaves.push(inlineLeaf("quote > p", [{ text: block.title, marks: ["strong"] }]));
      }
      for (const child of block.content) {
        if (child.type === "paragraph") leaves.push(inlineLeaf("quote > p", child.content));
        else leaves.push(...listLeaves(child, "quote > "));
      }
      return leaves;
    }
    case "list":
      return listLeaves(block, "");
    case "image": {
      const leaf = textLeaf("p", "");
      leaf.images.push(imageFact(block.alt, block.src));
      const leaves = [leaf];
      if (block.caption !== undefined) leaves.push(inlineLeaf("p", block.caption));
      return leaves;
    }
    case "embed":
      return [inlineLeaf("p", [{ text: block.fallback, href: block.url }])];
    case "divider":
      return [{ kind: "hr", text: "", links: [], images: [], marks: [] }];
    case "table": {
      const leaves: Leaf[] = [];
      block.header.forEach((cell, column) => {
        leaves.push(inlineLeaf("th", cell, `row 0, column ${column}`));
      });
      block.rows.forEach((row, rowIndex) => {
        row.forEach((cell, column) => {
          leaves.push(inlineLeaf("td", cell, `row ${rowIndex + 1}, column ${column}`));
        });
      });
      if (block.caption !== undefined) leaves.push(textLeaf("p", `Table: ${block.caption}`));
      return leaves;
    }
    default:
      return assertNever(block, "block type");
  }
}

/** A leaf and the index of the body block it comes from (-1 for what the head adds). */
export interface ExpectedLeaf {
  leaf: Leaf;
  block: number;
}

/**
 * What a page should show for the blocks a profile writes, in the same terms as pageLeaves:
 * quotes' attributions as a `— Name` paragraph, fact boxes as quotes with a bold title, a
 * table's caption as a `Table: …` paragraph after it, an image as a paragraph holding it.
 */
export function expectedLeaves(
  blocks: readonly Block[],
  head: readonly Leaf[] = [],
): ExpectedLeaf[] {
  const out: ExpectedLeaf[] = head.map((leaf) => ({ leaf, block: -1 }));
  blocks.forEach((block, index) => {
    for (const leaf of blockLeaves(block)) out.push({ leaf, block: index });
  });
  return out;
}

/** A heading leaf for a headline a profile writes as `# Headline`. */
export function headlineLeaf(headline: string): Leaf {
  return textLeaf("h1", headline);
}
