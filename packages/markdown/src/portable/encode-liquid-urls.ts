import type { Block, Inline } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { mapInline } from "./map-inline.js";

function encoded(url: string): string {
  return url.replace(/\{(?=[{%])/g, "%7B");
}

function links(content: Inline): Inline {
  return normalizeInline(
    content.map((span) => (span.href === undefined ? span : { ...span, href: encoded(span.href) })),
  );
}

/**
 * Link and image URLs with `{` percent-encoded where it starts `{{` or `{%`, for dev.to, whose
 * Liquid pass runs over the HTML, attributes included. Browsers treat `%7B` and `{` alike.
 */
export function encodeLiquidUrls(block: Block): Block {
  const mapped = mapInline(block, links);
  return mapped.type === "image" ? { ...mapped, src: encoded(mapped.src) } : mapped;
}
