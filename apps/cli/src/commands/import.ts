import type { Article, ImportWarning } from "@broadsheet/article";
import { formatContentError, parseArticleText } from "@broadsheet/content";
import { toMarkdown } from "@broadsheet/markdown";
import { type Command, Option } from "commander";
import { checkOutFolder } from "../check-out-folder.js";
import { CliError } from "../cli-error.js";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import { formatImportWarning } from "../format-import-warning.js";
import type { FeedText } from "../import/import-feed.js";
import { type ImportKind, importKind, refuseByName } from "../import/import-kind.js";
import { type ImportSource, readImportSource } from "../import/read-import-source.js";
import { writeImported } from "../import/write-imported.js";
import type { Io } from "../io.js";
import { removeStrayTempFiles } from "../temp-files.js";
import { VERSION } from "../version.js";

/** Options of `broadsheet import`. */
export interface ImportOptions {
  out?: string;
  force?: boolean;
  stdout?: boolean;
  /** The page's or feed's address, for its relative links and its articles' provenance. */
  url?: string;
}

/** An imported article with the importer's warnings, or the exit status of a failed import. */
type Imported = { article: Article; warnings: readonly ImportWarning[] } | number;

/** The text of a file read as bytes, decoded as a feed or page declares (loaded only then). */
async function decodedText(bytes: Uint8Array): Promise<FeedText> {
  const { decodeDocument } = await import("@broadsheet/feeds");
  return decodeDocument(bytes);
}

/**
 * The one article in a page or wire copy (the HTML importer loaded only for a page). A page that
 * cannot be imported is one line on stderr.
 */
async function importArticle(
  file: string,
  source: ImportSource,
  kind: Exclude<ImportKind, "feed">,
  url: string | undefined,
  io: Io,
): Promise<Imported> {
  if (kind === "html") {
    const { htmlToArticle } = await import("@broadsheet/html");
    if ("why" in source && source.why === "too-large") throw source.refusal;
    const input = "text" in source ? source.text : source.bytes;
    const result = htmlToArticle(input, url === undefined ? {} : { url });
    if (result.ok) return { article: result.article, warnings: result.warnings };
    io.errLine(`broadsheet: ${file}: ${result.error.message}`);
    return ExitCode.invalid;
  }
  if (!("text" in source)) throw source.refusal;
  const parsed = parseArticleText(source.text, "wire-text", file);
  if (parsed.ok) {
    return { article: parsed.article, warnings: parsed.article.isBasedOn?.warnings ?? [] };
  }
  for (const error of parsed.errors) io.errLine(`broadsheet: ${formatContentError(error)}`);
  return ExitCode.invalid;
}

/** Writes one imported article (or prints it with `stdout`), then its warnings. */
async function writeArticle(imported: Exclude<Imported, number>, options: ImportOptions, io: Io) {
  const markdown = toMarkdown(imported.article, { profile: "broadsheet" });
  if (options.stdout) {
    io.data(markdown);
  } else {
    const dir = options.out ?? ".";
    await checkOutFolder(dir);
    await removeStrayTempFiles(dir);
    const written = await writeImported(
      dir,
      imported.article.slug,
      markdown,
      options.force === true,
    );
    if (!written.ok) throw new CliError(written.message, ExitCode.invalid);
    io.outLine(written.line);
  }
  for (const warning of imported.warnings) io.errLine(formatImportWarning(warning));
}

/**
 * Converts a file to Broadsheet Markdown: wire copy (a text file) or an HTML page (`.html`,
 * `.htm`: its main text, with `url` for its relative links) as one `<slug>.md`, and a feed
 * (Atom, RSS or JSON Feed, known by its content whatever its name) as one `<slug>.md` per item.
 * Files are written atomically in `out` (a file already holding this text is left alone;
 * anything else there is replaced only with `force`, and a folder never); one article may be
 * printed with `stdout` instead. The importer's guesses go to stderr as warnings once the output
 * is written. Returns the exit status; throws {@link CliError} for bad input.
 */
export async function runImport(file: string, options: ImportOptions, io: Io): Promise<number> {
  refuseByName(file);
  const source = await readImportSource(file);
  const readable: FeedText =
    "text" in source ? { text: source.text, warnings: [] } : await decodedText(source.bytes);
  const kind = importKind(file, readable.text);
  if (options.url !== undefined && kind === "wire") {
    throw new CliError(
      `${file}: --url gives the address of an HTML page or a feed; this file is neither (it is read as wire copy), so leave --url out`,
      ExitCode.usage,
    );
  }
  if (kind === "feed") {
    if (options.stdout) {
      throw new CliError(
        `${file}: is a feed, imported as one file per item; give a folder with --out instead of --stdout`,
        ExitCode.usage,
      );
    }
    const { importFeed } = await import("../import/import-feed.js");
    return importFeed(file, readable, options, io);
  }
  const imported = await importArticle(file, source, kind, options.url, io);
  if (typeof imported === "number") return imported;
  await writeArticle(imported, options, io);
  return ExitCode.ok;
}

/** Adds `broadsheet import FILE [--out DIR] [--force] [--stdout] [--url URL]`. */
export function registerImport(program: Command, context: Context): void {
  program
    .command("import")
    .description(
      "convert plain-text wire copy, an HTML page or a feed to Broadsheet Markdown, written as <slug>.md (one per feed item)",
    )
    .argument(
      "<file>",
      "the wire copy (a UTF-8 text file, usually .txt), a saved page (.html, .htm) or a feed (Atom, RSS or JSON Feed, known by its content)",
    )
    .option("-o, --out <dir>", "folder to write <slug>.md into (default: the current folder)")
    .option(
      "-f, --force",
      "replace what is at <slug>.md when it differs: a file, a symbolic link (the link itself); never a folder",
    )
    .addOption(
      new Option(
        "--stdout",
        "print the Markdown instead of writing a file (one article: not for a feed)",
      ).conflicts("out"),
    )
    .option(
      "--url <url>",
      "the page's or feed's address, for relative links and the articles' isBasedOn (pages and feeds only)",
    )
    .version(VERSION, "-V, --version", "print the version")
    .action(async (file: string, options: ImportOptions) => {
      context.exitCode = await runImport(file, options, context.io);
    });
}
