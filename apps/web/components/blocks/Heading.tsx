import type { Heading as HeadingBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/**
 * A subhead (h2–h4) with its anchor id and, unless `selfLink` is false (feeds), a visible link
 * to itself.
 */
export function Heading(props: { block: HeadingBlock; id: string; selfLink?: boolean }) {
  const { block, id, selfLink = true } = props;
  const Element = `h${block.level}` as const;
  return (
    <Element id={id} className="subhead">
      <InlineContent content={block.content} />
      {selfLink ? (
        <>
          {" "}
          <a className="anchor" href={`#${id}`} aria-label="Link to this section">
            #
          </a>
        </>
      ) : null}
    </Element>
  );
}
