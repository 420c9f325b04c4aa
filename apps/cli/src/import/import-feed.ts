import { basename } from "node:path";
import type { ImportWarning } from "@broadsheet/article";
import { type Feed, FeedError, type FeedItem, parseFeed } from "@broadsheet/feeds";
import { toMarkdown } from "@broadsheet/markdown";
import { checkOutFolder } from "../check-out-folder.js";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { formatImportWarning } from "../format-import-warning.js";
import type { Io } from "../io.js";
import { removeStrayTempFiles } from "../temp-files.js";
import { feedItemArticle } from "./feed-item-article.js";
import { UniqueNames } from "./unique-names.js";
import { writeImported } from "./write-imported.js";

/** Options of a feed's import. */
export interface FeedImportOptions {
  /** The folder to write into (default: the current folder). */
  out?: string;
  force?: boolean;
  /** The feed's address: its relative links resolve against it, and its articles name it. */
  url?: string;
}

/** A feed file's text, decoded, with what decoding it noted. */
export interface FeedText {
  text: string;
  warnings: readonly string[];
}

/** Write failures that are the folder's, not one item's: the import stops at the first. */
const FOLDER_FAILURES = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOENT"]);

const TITLE_SHOWN = 60;

/** An item as a message names it: `item 3 ("Its title")`, the title cut at 60 characters. */
export function itemName(item: FeedItem, index: number): string {
  const title =
    item.title.length > TITLE_SHOWN ? `${item.title.slice(0, TITLE_SHOWN - 1)}…` : item.title;
  return `item ${item.position ?? index + 1} (${JSON.stringify(title)})`;
}

function itemWarning(where: string, warning: ImportWarning): string {
  return formatImportWarning(warning).replace(/^warning: /, `warning: ${where}: `);
}

function readFeed(file: string, text: string, url: string | undefined): Feed {
  try {
    return parseFeed(text, url === undefined ? {} : { url });
  } catch (error) {
    if (error instanceof FeedError)
      throw new CliError(`${file}: ${error.message}`, ExitCode.invalid);
    throw error;
  }
}

/**
 * Imports every item of a feed file as `<slug>.md` in `options.out`, as `broadsheet import` does
 * one article: atomic writes, a file already holding the text left alone, anything else there
 * replaced only with `force`. Two items with one slug (or id) get `slug-2`, `slug-3`, … in feed
 * order. An item that cannot be imported, or whose file is in the way, is one line on stderr
 * naming the file and the item, and the others go on; so do the feed's own warnings and each
 * article's importer warnings. Returns 0 when every item was written, else 1 with a closing line
 * counting the items left out. Throws {@link CliError} when the file is not a feed, or when the
 * folder cannot be written at all.
 */
export async function importFeed(
  file: string,
  source: FeedText,
  options: FeedImportOptions,
  io: Io,
): Promise<number> {
  const feed = readFeed(file, source.text, options.url);
  const total = feed.items.length + feed.skippedItems;
  if (total === 0) {
    throw new CliError(`${file}: the feed has no items: nothing to import`, ExitCode.invalid);
  }
  const dir = options.out ?? ".";
  await checkOutFolder(dir);
  await removeStrayTempFiles(dir);
  for (const warning of [...source.warnings, ...feed.warnings]) {
    io.errLine(`warning: ${file}: ${warning}`);
  }
  const origin = { name: options.url ?? basename(file) };
  const slugs = new UniqueNames();
  const ids = new UniqueNames();
  let failed = feed.skippedItems;
  for (const [index, item] of feed.items.entries()) {
    const where = `${file}: ${itemName(item, index)}`;
    const made = feedItemArticle(item, origin);
    if (!made.ok) {
      io.errLine(`broadsheet: ${where}: ${made.message}`);
      failed++;
      continue;
    }
    const article = {
      ...made.article,
      slug: slugs.claim(made.article.slug),
      id: ids.claim(made.article.id),
    };
    const markdown = toMarkdown(article, { profile: "broadsheet" });
    const written = await writeImported(dir, article.slug, markdown, options.force === true);
    if (!written.ok) {
      if (written.code !== undefined && FOLDER_FAILURES.has(written.code)) {
        throw new CliError(written.message, ExitCode.invalid);
      }
      io.errLine(`broadsheet: ${where}: ${written.message}`);
      failed++;
      continue;
    }
    io.outLine(written.line);
    for (const warning of made.warnings) io.errLine(itemWarning(where, warning));
  }
  if (failed === 0) return ExitCode.ok;
  io.errLine(
    `broadsheet: ${file}: ${failed} of ${total} item(s) not imported (each is named above); the others were written`,
  );
  return ExitCode.invalid;
}
