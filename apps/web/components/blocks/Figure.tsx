import type { Image as ImageBlock } from "@broadsheet/article";
import { InlineContent } from "@/components/InlineContent";

/**
 * A picture with its alt text, intrinsic size (no layout shift), caption and credit. A space
 * parts caption and credit where no stylesheet sets the credit on a line of its own (feed
 * readers, reader modes).
 */
export function Figure({ block }: { block: ImageBlock }) {
  return (
    <figure className="figure">
      {/* biome-ignore lint/performance/noImgElement: a static export serves the source as is */}
      <img
        src={block.src}
        alt={block.alt}
        width={block.width}
        height={block.height}
        loading="lazy"
        decoding="async"
      />
      {block.caption || block.credit ? (
        <figcaption>
          {block.caption ? <InlineContent content={block.caption} /> : null}
          {block.caption && block.credit ? " " : null}
          {block.credit ? <span className="credit">{block.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
