import type { LeadImage } from "@broadsheet/article";

/** The article's lead picture, loaded eagerly with its intrinsic size, caption and credit. */
export function LeadFigure({ image }: { image: LeadImage }) {
  return (
    <figure className="figure lead-figure">
      {/* biome-ignore lint/performance/noImgElement: a static export serves the source as is */}
      <img
        src={image.url}
        alt={image.alt}
        width={image.width}
        height={image.height}
        fetchPriority="high"
        decoding="async"
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.credit ? <span className="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
