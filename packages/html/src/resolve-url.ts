import { Image, Span } from "@broadsheet/article";
import type { Notes } from "./notes.js";

/** What a URL is for: a link (http, https or mailto) or a web resource (http or https only). */
export type UrlUse = "link" | "web";

const ALLOWED: Readonly<Record<UrlUse, readonly string[]>> = {
  link: ["http:", "https:", "mailto:"],
  web: ["http:", "https:"],
};
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const TABS_AND_NEWLINES = /[\t\n\r]/g;

/** The text without the C0 controls and spaces at either end, as the URL parser drops them. */
function trimControlsAndSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/** The scheme of a URL the model does not allow for `use` (`javascript`, `data`, …), if it is one. */
export function disallowedScheme(raw: string, use: UrlUse): string | undefined {
  const scheme = SCHEME.exec(trimControlsAndSpaces(raw).replace(TABS_AND_NEWLINES, ""))?.[1];
  const name = scheme?.toLowerCase();
  return name !== undefined && !ALLOWED[use].includes(`${name}:`) ? name : undefined;
}

/** Notes a URL dropped for its scheme, under the element's name. */
export function noteDisallowedScheme(
  scheme: string,
  use: UrlUse,
  where: { element: string; notes: Notes; block: number },
): void {
  where.notes.add(
    "unsafe-url",
    `Dropped a ${scheme}: URL from <${where.element}>; the model keeps ${ALLOWED[use].join(" ")} URLs only.`,
    where.block,
  );
}

/**
 * The absolute URL an attribute names, resolved against `base` (the page's URL or its `<base>`),
 * or undefined when there is none to keep: a `javascript:`, `vbscript:`, `data:` or other scheme
 * the model does not allow, a relative URL with no base to resolve it, or one the model's URL
 * rules refuse. Each drop is noted under the element's name at `block`.
 */
export function resolveUrl(
  raw: string | null,
  base: string | undefined,
  use: UrlUse,
  where: { element: string; notes: Notes; block: number },
): string | undefined {
  const trimmed = raw && trimControlsAndSpaces(raw).replace(TABS_AND_NEWLINES, "");
  if (!trimmed) return undefined;
  const { element, notes, block } = where;
  const scheme = disallowedScheme(trimmed, use);
  if (scheme !== undefined) {
    noteDisallowedScheme(scheme, use, where);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    notes.add(
      "relative-url",
      base === undefined
        ? `Dropped a relative URL from <${element}>: the page's own URL is not known (give it with --url).`
        : `Dropped a URL from <${element}> that is not a valid URL.`,
      block,
    );
    return undefined;
  }
  const schema = use === "link" ? Span.shape.href : Image.shape.src;
  if (!ALLOWED[use].includes(url.protocol) || !schema.safeParse(url.href).success) {
    notes.add(
      "unsafe-url",
      `Dropped a URL from <${element}> that the model does not accept.`,
      block,
    );
    return undefined;
  }
  return url.href;
}
