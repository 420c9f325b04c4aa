import type { List as ListBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/** A bulleted or numbered list; a numbered list keeps its start number. */
export function List({ block }: { block: ListBlock }) {
  const items = block.items.map((item, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: list items are positional
    <li key={index}>
      <InlineContent content={item} />
    </li>
  ));
  if (!block.ordered) return <ul>{items}</ul>;
  return (
    <ol start={block.start !== undefined && block.start !== 1 ? block.start : undefined}>
      {items}
    </ol>
  );
}
