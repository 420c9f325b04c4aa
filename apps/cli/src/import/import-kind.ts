import { extname } from "node:path";
import { formatOfFile } from "@broadsheet/content";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { documentKind } from "../remote/document-kind.js";

/** What `broadsheet import` reads a file as. */
export type ImportKind = "wire" | "html" | "feed";

const HTML_EXTENSIONS = new Set([".html", ".htm"]);
/** Names feeds are saved under; a file so named that is not a feed is refused, not read as wire copy. */
const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom", ".rdf", ".json"]);
/** The start of an HTML document or of a page saved without its `<html>` tag. */
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** What the import command converts, for the messages that refuse a file. */
export const IMPORTABLE =
  "import converts plain-text wire copy (.txt), HTML pages (.html, .htm) and feeds (Atom, RSS, JSON Feed)";

/**
 * Refuses a file import never converts, by its name alone (Markdown is an article already), so
 * it is not read. Throws a usage {@link CliError}.
 */
export function refuseByName(file: string): void {
  if (formatOfFile(file) === "markdown") {
    throw new CliError(
      `${file}: is Markdown already; ${IMPORTABLE}; check this file with 'broadsheet validate ${file}'`,
      ExitCode.usage,
    );
  }
}

/**
 * What to import a file as, by its content first: a JSON Feed (its `version`) or an XML document
 * whose root is `<rss>`, `<feed>` or `<rdf:RDF>` is a feed whatever its name; else `.html` and
 * `.htm` are pages, and other names wire copy. A file named as a feed (`.xml`, `.rss`, `.atom`,
 * `.rdf`) that does not look like one is still read as a feed, so the feed reader says what is
 * wrong with it; an HTML page so named, or a `.json` file that is not a JSON Feed, is refused
 * with a usage {@link CliError} saying what to do.
 *
 * @param file - the file's name, as given
 * @param text - its text (decoded, for a file that is not UTF-8)
 */
export function importKind(file: string, text: string): ImportKind {
  const sniffed = documentKind(undefined, text, "");
  if (sniffed === "feed") return "feed";
  const extension = extname(file).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return "html";
  if (extension === ".json") {
    throw new CliError(
      `${file}: is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/…"); a JSON article needs no import: check it with 'broadsheet validate ${file}'`,
      ExitCode.usage,
    );
  }
  if (FEED_EXTENSIONS.has(extension)) {
    if (sniffed === "html" || HTML_START.test(text.slice(0, 4096))) {
      throw new CliError(
        `${file}: is an HTML page, not a feed (Atom, RSS or JSON Feed); to import the page, save it with an .html name`,
        ExitCode.usage,
      );
    }
    return "feed";
  }
  return "wire";
}
