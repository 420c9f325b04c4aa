import { PROFILE_NAMES, PROFILES, type ProfileName } from "./profiles/index.js";

/**
 * The Markdown parser a profile's target reads its files with, where that parser reads a
 * construct the writer has a choice of forms for (lists, code spans, link destinations, table
 * cells, image alt text) differently from CommonMark: `kramdown` (Jekyll), `redcarpet` (dev.to,
 * with Forem's Liquid pass over the HTML), `goldmark` (Hugo), `markdown-it` (Eleventy);
 * `commonmark` for cmark-gfm, micromark (Astro), marked and pandoc's gfm reader.
 */
export type ParserFamily = "commonmark" | "goldmark" | "kramdown" | "markdown-it" | "redcarpet";

const FAMILIES: readonly string[] = ["goldmark", "kramdown", "markdown-it", "redcarpet"];

/** Each profile's parser family: the first reader its text filter names that is one, else commonmark. */
export const PARSER_FAMILY = Object.fromEntries(
  PROFILE_NAMES.map((name) => [
    name,
    PROFILES[name].textFilter.readers.find((reader) => FAMILIES.includes(reader)) ?? "commonmark",
  ]),
) as Readonly<Record<ProfileName, ParserFamily>>;

/**
 * Whether the profile's target shows inline HTML such as `<br>`: not our canonical format,
 * whose HTML is only the marks FORMAT.md lists, not Hugo (Goldmark drops raw HTML unless a site
 * sets `unsafe`), not Hashnode (no documentation of what it keeps).
 */
export const SHOWS_HTML = Object.fromEntries(
  PROFILE_NAMES.map((name) => [name, !["broadsheet", "hugo", "hashnode"].includes(name)]),
) as Readonly<Record<ProfileName, boolean>>;
