import type { Image, Inline } from "@broadsheet/article";
import { resolveUrl } from "../resolve-url.js";
import { type ConvertContext, note } from "./convert-context.js";
import { inlineLabel, labelText } from "./label-text.js";

/** The words an image without any description gets as its alt text. */
export const MISSING_ALT = "Image without a description";

function firstSrcsetUrl(srcset: string | null): string | null {
  const first = srcset?.trim().split(/\s+/, 1)[0];
  return first ? first.replace(/,$/, "") : null;
}

function source(element: Element): string | null {
  return (
    element.getAttribute("src") ||
    element.getAttribute("data-src") ||
    firstSrcsetUrl(element.getAttribute("srcset")) ||
    firstSrcsetUrl(element.getAttribute("data-srcset"))
  );
}

function dimension(value: string | null): number | undefined {
  if (value === null || !/^\s*\d{1,6}\s*$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 && number <= 100_000 ? number : undefined;
}

/**
 * An `<img>` as an image block, its source resolved against the page, or undefined (noted) when
 * it has no http(s) source. The alt text is the `alt` attribute, else the `title`, else the
 * caption; an image with none of them gets {@link MISSING_ALT}, noted.
 */
export function readImage(
  element: Element,
  context: ConvertContext,
  caption?: Inline,
  credit?: string,
): Image | undefined {
  const src = resolveUrl(source(element), context.base, "web", {
    element: "img",
    notes: context.notes,
    block: context.at(),
  });
  if (src === undefined) {
    note(context, "image-dropped", "Dropped an <img> with no http(s) source.");
    return undefined;
  }
  let alt =
    labelText(element.getAttribute("alt"), context) ??
    labelText(element.getAttribute("title"), context) ??
    inlineLabel(caption, context);
  if (alt === undefined) {
    note(
      context,
      "image-alt-missing",
      `Gave an <img> with no alt text, title or caption the alt text "${MISSING_ALT}"; describe the picture.`,
    );
    alt = MISSING_ALT;
  }
  const width = dimension(element.getAttribute("width"));
  const height = dimension(element.getAttribute("height"));
  return {
    type: "image",
    src,
    alt,
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
  };
}
