import type { ProfileName } from "./profiles/index.js";

/**
 * The Markdown parser a profile's target reads its files with, where that parser reads a
 * construct the writer has a choice of forms for (lists, code spans, link destinations, table
 * cells, image alt text) differently from CommonMark: `kramdown` (Jekyll), `redcarpet` (dev.to,
 * with Forem's Liquid pass over the HTML), `goldmark` (Hugo), `markdown-it` (Eleventy);
 * `commonmark` for cmark-gfm, micromark (Astro), marked and pandoc's gfm reader.
 */
export type ParserFamily = "commonmark" | "goldmark" | "kramdown" | "markdown-it" | "redcarpet";

/** Each profile's parser family. */
export const PARSER_FAMILY: Readonly<Record<ProfileName, ParserFamily>> = {
  broadsheet: "commonmark",
  gfm: "commonmark",
  hugo: "goldmark",
  jekyll: "kramdown",
  astro: "commonmark",
  eleventy: "markdown-it",
  devto: "redcarpet",
  hashnode: "commonmark",
};

/**
 * Whether the profile's target shows inline HTML such as `<br>`: not our canonical format,
 * whose HTML is only the marks FORMAT.md lists, not Hugo (Goldmark drops raw HTML unless a site
 * sets `unsafe`), not Hashnode (no documentation of what it keeps).
 */
export const SHOWS_HTML: Readonly<Record<ProfileName, boolean>> = {
  broadsheet: false,
  gfm: true,
  hugo: false,
  jekyll: true,
  astro: true,
  eleventy: true,
  devto: true,
  hashnode: false,
};
