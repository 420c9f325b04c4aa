import { type AsideBlock, type Aside as AsideBlockType, assertNever } from "@broadsheet/article";
import { List } from "./List";
import { Paragraph } from "./Paragraph";

function AsideContent({ block }: { block: AsideBlock }) {
  switch (block.type) {
    case "paragraph":
      return <Paragraph block={block} />;
    case "list":
      return <List block={block} />;
    default:
      return assertNever(block, "aside block");
  }
}

/** A fact box set beside the story, named by its title for assistive technology. */
export function Aside({ block }: { block: AsideBlockType }) {
  return (
    <aside className="fact-box" aria-label={block.title ?? "Fact box"}>
      {block.title ? <p className="fact-box-title">{block.title}</p> : null}
      {block.content.map((child, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional
        <AsideContent key={index} block={child} />
      ))}
    </aside>
  );
}
