import type { Tokens } from "marked";
import { decodeText } from "./decode-text.js";

/** A link's destination and title as written, before escapes and references are resolved. */
export interface RawLinkTarget {
  destination: string;
  title?: string;
}

/** Splits `destination "title"`, the part inside an inline link's parentheses or after `[label]:`. */
export function splitDestinationAndTitle(source: string): RawLinkTarget {
  let rest = source.replace(/^[ \t\n]+/, "");
  let destination: string;
  if (rest.startsWith("<")) {
    let index = 1;
    while (index < rest.length && rest[index] !== ">") index += rest[index] === "\\" ? 2 : 1;
    destination = rest.slice(1, index);
    rest = rest.slice(index + 1);
  } else {
    destination = /^[^ \t\n]*/.exec(rest)?.[0] ?? "";
    rest = rest.slice(destination.length);
  }
  const title = rest.trim();
  return title.length >= 2 ? { destination, title: title.slice(1, -1) } : { destination };
}

/**
 * The part between the parentheses of an inline link or image (`[text](here)`), found by walking
 * the raw source past the link text; undefined for reference links.
 */
export function inlineLinkTail(token: Tokens.Link | Tokens.Image): string | undefined {
  const { raw, text } = token;
  if (!raw.endsWith(")")) return undefined;
  let index = raw.startsWith("!") ? 2 : 1;
  let matched = 0;
  while (matched < text.length && index < raw.length) {
    const next = raw[index + 1];
    const escapedBracket = raw[index] === "\\" && (next === "[" || next === "]");
    index += escapedBracket && text[matched] === next ? 2 : 1;
    matched++;
  }
  if (raw[index] !== "]" || raw[index + 1] !== "(") return undefined;
  return raw.slice(index + 2, -1);
}

/** The label a reference link or image refers to (`[text][label]`, `[label][]`, `[label]`). */
export function referenceLabel(raw: string): string {
  const body = raw.startsWith("!") ? raw.slice(1) : raw;
  const full = /\]\[((?:\\[\s\S]|[^\\\]])+)\]$/.exec(body);
  if (full?.[1] !== undefined) return full[1];
  const collapsed = body.endsWith("[]") ? body.slice(0, -2) : body;
  return collapsed.slice(1, -1);
}

/** Normalizes a reference label the way marked does, so it can be looked up among definitions. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase().toUpperCase().toLowerCase();
}

/** The destination and title of a definition `[label]: destination "title"`, as written. */
export function definitionTarget(raw: string): RawLinkTarget {
  let index = raw.indexOf("[") + 1;
  while (index < raw.length && raw[index] !== "]") index += raw[index] === "\\" ? 2 : 1;
  return splitDestinationAndTitle(raw.slice(index + 2));
}

/** Resolves the escapes and character references of a raw destination or title. */
export function decodeTarget(target: RawLinkTarget): { href: string; title?: string } {
  const href = decodeText(target.destination);
  return target.title === undefined ? { href } : { href, title: decodeText(target.title) };
}
