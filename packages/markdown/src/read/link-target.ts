import { Lexer, type Tokens } from "marked";
import { decodeText } from "./decode-text.js";
import type { ReadContext } from "./read-context.js";

const { inline, block } = Lexer.rules;

/** A link's destination and title as written, before escapes and references are resolved. */
export interface RawLinkTarget {
  destination: string;
  title?: string;
}

/** The destination (group 2) and title (group 3) of a match of marked's link or definition rule. */
function targetOf(match: RegExpExecArray): RawLinkTarget {
  const [, , written = "", title] = match;
  const destination = written.startsWith("<") ? written.slice(1, -1) : written;
  return title === undefined ? { destination } : { destination, title: title.slice(1, -1) };
}

/**
 * A link's or image's destination and title as written (escapes and references not yet
 * resolved): marked's own rules run again on its source, or on the definition it refers to.
 */
export function rawLinkTarget(
  token: Tokens.Link | Tokens.Image,
  context: ReadContext,
): RawLinkTarget {
  const link = inline.gfm.link.exec(token.raw);
  if (link?.[0] === token.raw) return targetOf(link);
  const reference = inline.gfm.reflink.exec(token.raw) ?? inline.gfm.nolink.exec(token.raw);
  const definition = context.use(reference?.[2] || reference?.[1] || "");
  const defined = definition === undefined ? null : block.gfm.def.exec(definition);
  if (defined) return targetOf(defined);
  return { destination: token.href, ...(token.title ? { title: token.title } : {}) };
}

/** The destination and title of a link or image, escapes and character references resolved. */
export function readLinkTarget(
  token: Tokens.Link | Tokens.Image,
  context: ReadContext,
): { href: string; title?: string } {
  const { destination, title } = rawLinkTarget(token, context);
  const href = decodeText(destination);
  return title === undefined ? { href } : { href, title: decodeText(title) };
}
