import type { Paragraph as ParagraphBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/** A paragraph block. */
export function Paragraph({ block }: { block: ParagraphBlock }) {
  return (
    <p>
      <InlineContent content={block.content} />
    </p>
  );
}
