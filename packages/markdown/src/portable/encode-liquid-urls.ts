import type { Block, Inline } from "@broadsheet/article";
import { normalizeInline } from "../normalize-inline.js";
import { mapInline } from "./map-inline.js";

function encoded(url: string): string {
  return url.replace(/\{(?=[{%])/g, "%7B");
}

function hasBrace(content: Inline): boolean {
  for (const span of content) if (span.href?.includes("{")) return true;
  return false;
}

function links(content: Inline): Inline {
  if (!hasBrace(content)) return content;
  return normalizeInline(
    content.map((span) => (span.href === undefined ? span : { ...span, href: encoded(span.href) })),
  );
}

/**
 * Link and image URLs with `{` percent-encoded where it starts `{{` or `{%`, for dev.to, whose
 * Liquid pass runs over the HTML, attributes included. Browsers treat `%7B` and `{` alike.
 * Content whose links hold no `{` is left as it is, block included (the renderer normalizes it;
 * encode-liquid-urls.test.ts checks the output is the same).
 */
export function encodeLiquidUrls(block: Block): Block {
  const mapped = mapInline(block, links);
  return mapped.type === "image" && mapped.src.includes("{")
    ? { ...mapped, src: encoded(mapped.src) }
    : mapped;
}
