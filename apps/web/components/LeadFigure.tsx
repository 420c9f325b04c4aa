import type { LeadImage } from "@broadsheet/article";

/**
 * The article's lead picture with its intrinsic size, caption and credit (parted by a space, as
 * in the body's figures). On a page it is fetched first (`fetchPriority="high"`, which React
 * also preloads); with `priority: false` (feeds) it loads lazily like any other picture.
 */
export function LeadFigure({ image, priority = true }: { image: LeadImage; priority?: boolean }) {
  return (
    <figure className="figure lead-figure">
      {/* biome-ignore lint/performance/noImgElement: a static export serves the source as is */}
      <img
        src={image.url}
        alt={image.alt}
        width={image.width}
        height={image.height}
        {...(priority ? { fetchPriority: "high" } : { loading: "lazy" })}
        decoding="async"
      />
      {image.caption || image.credit ? (
        <figcaption>
          {image.caption}
          {image.caption && image.credit ? " " : null}
          {image.credit ? <span className="credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
