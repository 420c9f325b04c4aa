import type { Block, Inline } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { mapInline } from "./map-inline.js";

/**
 * A block pass: in every link and image URL holding `trigger`, what the global `pattern`
 * matches as `replacement` (content whose URLs hold no `trigger` left as it is).
 */
function urlEncoding(
  trigger: string,
  pattern: RegExp,
  replacement: string,
): (block: Block) => Block {
  const encoded = (url: string) => url.replace(pattern, replacement);
  const links = (content: Inline): Inline =>
    content.some((span) => span.href?.includes(trigger))
      ? normalizeInline(
          content.map((span) => (span.href ? { ...span, href: encoded(span.href) } : span)),
        )
      : content;
  return (block) => {
    const mapped = mapInline(block, links);
    return mapped.type === "image" && mapped.src.includes(trigger)
      ? { ...mapped, src: encoded(mapped.src) }
      : mapped;
  };
}

const encodeTagOpens = urlEncoding("{", /\{(?=[{%])/g, "%7B");
const encodeTagCloses = urlEncoding("%}", /(?<=%)\}/g, "%7D");

/**
 * Link and image URLs with `{` percent-encoded where it starts `{{` or `{%`, and `}` where it
 * ends `%}`, for dev.to: its Liquid pass runs over the HTML, attributes included, and Forem's
 * sanitizer takes `{%` and `%}` out of attribute values before it. Browsers treat `%7B` and `{`,
 * `%7D` and `}` alike.
 */
export const encodeLiquidUrls = (block: Block): Block => encodeTagCloses(encodeTagOpens(block));

/**
 * Link and image URLs with every `$` that a `$` follows percent-encoded (`$$` → `%24$`), for
 * Hashnode, which reads `$$` as the start of display math and documents no escape for it.
 * Servers read `%24` and `$` alike in a path or query.
 */
export const encodeMathUrls = urlEncoding("$$", /\$(?=\$)/g, "%24");
