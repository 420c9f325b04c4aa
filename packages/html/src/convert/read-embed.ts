import { resolveUrl } from "../resolve-url.js";
import { type ConvertContext, note } from "./convert-context.js";
import { labelText } from "./label-text.js";

function address(element: Element, name: string): string | null {
  const own =
    element.getAttribute("src") ||
    element.getAttribute("data-src") ||
    (name === "object" ? element.getAttribute("data") : null);
  if (own) return own;
  if (name !== "video" && name !== "audio") return null;
  return element.querySelector("source[src]")?.getAttribute("src") ?? null;
}

function noun(name: string): string {
  if (name === "video") return "Video";
  if (name === "audio") return "Audio";
  return "Embedded content";
}

/**
 * An `<iframe>`, `<video>`, `<audio>`, `<embed>` or `<object>` as an embed block: its URL, the
 * site it comes from as the provider, and as the fallback every reader shows the `caption`, else
 * its title, else what it is and where from. One without an http(s) URL is dropped, noted.
 */
export function readEmbed(element: Element, context: ConvertContext, caption?: string): void {
  const name = element.localName.toLowerCase();
  const raw = address(element, name);
  const url = raw
    ? resolveUrl(raw, context.base, "web", {
        element: name,
        notes: context.notes,
        block: context.at(),
      })
    : undefined;
  if (url === undefined) {
    note(context, "embed-dropped", `Dropped an <${name}> with no http(s) URL to link to.`);
    return;
  }
  const provider = new URL(url).hostname.replace(/^www\./, "");
  const fallback =
    caption ??
    labelText(element.getAttribute("title"), context) ??
    labelText(element.getAttribute("aria-label"), context) ??
    `${noun(name)} from ${provider}`;
  context.blocks.push({ type: "embed", url, ...(provider ? { provider } : {}), fallback });
}
