import type { FollowedSource } from "./followed-source.js";

/** Options of {@link writeOpml}. */
export interface WriteOpmlOptions {
  /** The file's `<head><title>` (default "Broadsheet: followed publications"). */
  title?: string;
  /** Its `<dateCreated>` (default now). */
  dateCreated?: Date;
}

const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text as an XML attribute value or character data: escaped, characters XML forbids removed. */
function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

function outlineOf(source: FollowedSource): string {
  const name = escapeXml(source.title ?? new URL(source.url).host);
  const attributes = [
    `text="${name}"`,
    `title="${name}"`,
    'type="rss"',
    `xmlUrl="${escapeXml(source.url)}"`,
  ];
  if (source.siteUrl !== undefined) attributes.push(`htmlUrl="${escapeXml(source.siteUrl)}"`);
  return `    <outline ${attributes.join(" ")}/>`;
}

/**
 * The follow list as an OPML 2.0 document, UTF-8, that newsboat (`newsboat -i`), Feedly,
 * NetNewsWire and other readers import: one `outline type="rss"` per source with `text`, `title`,
 * `xmlUrl` and, when known, `htmlUrl`.
 */
export function writeOpml(
  sources: readonly FollowedSource[],
  options: WriteOpmlOptions = {},
): string {
  const title = options.title ?? "Broadsheet: followed publications";
  const dateCreated = (options.dateCreated ?? new Date()).toUTCString();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    "  <head>",
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${dateCreated}</dateCreated>`,
    "    <docs>https://opml.org/spec2.opml</docs>",
    "  </head>",
    "  <body>",
    ...sources.map(outlineOf),
    "  </body>",
    "</opml>",
    "",
  ].join("\n");
}
