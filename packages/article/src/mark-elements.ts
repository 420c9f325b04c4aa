import type { Mark } from "./inline.js";

/**
 * The HTML element of each inline mark, for every renderer that writes HTML (the web pages and
 * feeds, the benchmarks' hand-written floors): one element per mark, none with attributes.
 */
export const MARK_ELEMENTS = {
  em: "em",
  strong: "strong",
  code: "code",
  sub: "sub",
  sup: "sup",
  strike: "s",
} as const satisfies Readonly<Record<Mark, string>>;

/** The name of an HTML element a mark maps to. */
export type MarkElement = (typeof MARK_ELEMENTS)[Mark];
