import type { Heading as HeadingBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/** A subhead (h2–h4) with its anchor id and a visible link to itself. */
export function Heading({ block, id }: { block: HeadingBlock; id: string }) {
  const Element = `h${block.level}` as const;
  return (
    <Element id={id} className="subhead">
      <InlineContent content={block.content} />{" "}
      <a className="anchor" href={`#${id}`} aria-label="Link to this section">
        #
      </a>
    </Element>
  );
}
