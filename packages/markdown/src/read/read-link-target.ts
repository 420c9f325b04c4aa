import type { Tokens } from "marked";
import {
  decodeTarget,
  definitionTarget,
  inlineLinkTail,
  type RawLinkTarget,
  referenceLabel,
  splitDestinationAndTitle,
} from "./link-target.js";
import type { ReadContext } from "./read-context.js";

/**
 * The link's or image's destination and title as written (escapes and references not yet
 * resolved), from its own parentheses or from the definition it refers to.
 */
export function rawLinkTarget(
  token: Tokens.Link | Tokens.Image,
  context: ReadContext,
): RawLinkTarget {
  const tail = inlineLinkTail(token);
  if (tail !== undefined) return splitDestinationAndTitle(tail);
  const definition = context.use(referenceLabel(token.raw));
  if (definition) return definitionTarget(definition.raw);
  return { destination: token.href, ...(token.title ? { title: token.title } : {}) };
}

/** The decoded destination and title of a link or image. */
export function readLinkTarget(
  token: Tokens.Link | Tokens.Image,
  context: ReadContext,
): { href: string; title?: string } {
  return decodeTarget(rawLinkTarget(token, context));
}
