import type { Blockquote as BlockquoteBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/** A block quote in the text, or a pull quote set off for display, with its attribution. */
export function Blockquote({ block }: { block: BlockquoteBlock }) {
  return (
    <figure className={block.style === "pull" ? "pull-quote" : "block-quote"}>
      <blockquote>
        {block.paragraphs.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional
          <p key={index}>
            <InlineContent content={paragraph} />
          </p>
        ))}
      </blockquote>
      {block.attribution ? <figcaption>— {block.attribution}</figcaption> : null}
    </figure>
  );
}
