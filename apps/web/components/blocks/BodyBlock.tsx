import { assertNever, type Block } from "@broadsheet/article";
import { Aside } from "./Aside";
import { Blockquote } from "./Blockquote";
import { Divider } from "./Divider";
import { Embed } from "./Embed";
import { Figure } from "./Figure";
import { Heading } from "./Heading";
import { List } from "./List";
import { Paragraph } from "./Paragraph";
import { Table } from "./Table";

/**
 * One body block, dispatched on its type; `headingId` is the anchor of a heading block, and
 * `headingLinks` (default true) whether a subhead links to itself.
 */
export function BodyBlock(props: { block: Block; headingId?: string; headingLinks?: boolean }) {
  const { block, headingId, headingLinks = true } = props;
  switch (block.type) {
    case "paragraph":
      return <Paragraph block={block} />;
    case "heading":
      return <Heading block={block} id={headingId ?? "section"} selfLink={headingLinks} />;
    case "blockquote":
      return <Blockquote block={block} />;
    case "list":
      return <List block={block} />;
    case "image":
      return <Figure block={block} />;
    case "embed":
      return <Embed block={block} />;
    case "divider":
      return <Divider block={block} />;
    case "table":
      return <Table block={block} />;
    case "aside":
      return <Aside block={block} />;
    default:
      return assertNever(block, "block type");
  }
}
