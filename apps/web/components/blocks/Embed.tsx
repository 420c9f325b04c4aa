import type { Embed as EmbedBlock } from "@broadsheet/article";
import { isExternalUrl } from "@/lib/is-external-url";

/** Third-party content as a link card: the fallback text and a link to the original. */
export function Embed({ block }: { block: EmbedBlock }) {
  const host = new URL(block.url).host;
  return (
    <figure className="embed">
      <p>{block.fallback}</p>
      <figcaption>
        <a href={block.url} rel={isExternalUrl(block.url) ? "noopener noreferrer" : undefined}>
          {block.provider ? `View on ${block.provider}` : "View the original"}
        </a>{" "}
        <span className="embed-host">({host})</span>
      </figcaption>
    </figure>
  );
}
