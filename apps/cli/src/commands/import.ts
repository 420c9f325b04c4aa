import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Article, ImportWarning } from "@broadsheet/article";
import {
  formatContentError,
  formatOfFile,
  parseArticleText,
  readArticleText,
} from "@broadsheet/content";
import { toMarkdown } from "@broadsheet/markdown";
import { type Command, Option } from "commander";
import { checkOutFolder } from "../check-out-folder.js";
import { CliError } from "../cli-error.js";
import type { Context } from "../context.js";
import { describeExisting, describeWriteError } from "../describe-write-error.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import { formatImportWarning } from "../format-import-warning.js";
import type { Io } from "../io.js";
import { removeStrayTempFiles } from "../temp-files.js";
import { VERSION } from "../version.js";
import { type WriteResult, writeIfChanged } from "../write-if-changed.js";

/** Options of `broadsheet import`. */
export interface ImportOptions {
  out?: string;
  force?: boolean;
  stdout?: boolean;
  /** The page's address, for an HTML file's relative links and its `url`. */
  url?: string;
}

const HTML_EXTENSIONS = new Set([".html", ".htm"]);

/** An imported article with the importer's warnings, or the exit status of a failed import. */
type Imported = { article: Article; warnings: readonly ImportWarning[] } | number;

/**
 * The file's text; for an HTML page that is not UTF-8, its bytes, which the importer decodes by
 * the page's own `<meta charset>`. Throws {@link CliError} for a file that cannot be read.
 */
async function readSource(file: string, html: boolean): Promise<string | Uint8Array> {
  const read = await readArticleText(file);
  if (read.ok) return read.text;
  if (html && read.error.code === "encoding") {
    try {
      return await readFile(file);
    } catch {
      // The file was read a moment ago; report it as it was found then.
    }
  }
  throw new CliError(formatContentError(read.error), exitCodeFor([read.error], new Set([file])));
}

/**
 * The article in the file's text: an HTML page's (its importer loaded only for HTML), or wire
 * copy's. A page that cannot be imported is one line on stderr.
 */
async function importText(
  file: string,
  text: string | Uint8Array,
  html: boolean,
  url: string | undefined,
  io: Io,
): Promise<Imported> {
  if (html) {
    const { htmlToArticle } = await import("@broadsheet/html");
    const result = htmlToArticle(text, url === undefined ? {} : { url });
    if (result.ok) return { article: result.article, warnings: result.warnings };
    io.errLine(`broadsheet: ${file}: ${result.error.message}`);
    return ExitCode.invalid;
  }
  const parsed = parseArticleText(
    typeof text === "string" ? text : new TextDecoder().decode(text),
    "wire-text",
    file,
  );
  if (parsed.ok) {
    return { article: parsed.article, warnings: parsed.article.isBasedOn?.warnings ?? [] };
  }
  for (const error of parsed.errors) io.errLine(`broadsheet: ${formatContentError(error)}`);
  return ExitCode.invalid;
}

/**
 * Converts a wire-copy text file or an HTML page (`.html`, `.htm`: its main text, with `url`
 * for its relative links) to Broadsheet Markdown, written atomically as `<slug>.md` in
 * `out` (a file already holding this text is left alone; anything else there is replaced only
 * with `force`, and a folder never), or printed with `stdout`. The importer's
 * guesses go to stderr as warnings once the output is written. Returns the exit status; throws
 * {@link CliError} for bad input.
 */
export async function runImport(file: string, options: ImportOptions, io: Io): Promise<number> {
  const format = formatOfFile(file);
  if (format === "markdown" || format === "json") {
    const what = format === "json" ? "a JSON article" : "Markdown";
    throw new CliError(
      `${file}: is ${what} already; import converts plain-text wire copy (.txt) and HTML pages (.html, .htm); check this file with 'broadsheet validate ${file}'`,
      ExitCode.usage,
    );
  }
  const html = HTML_EXTENSIONS.has(extname(file).toLowerCase());
  if (options.url !== undefined && !html) {
    throw new CliError(
      `${file}: --url gives an HTML page's address; this is not an .html or .htm file, so leave --url out`,
      ExitCode.usage,
    );
  }
  const imported = await importText(file, await readSource(file, html), html, options.url, io);
  if (typeof imported === "number") return imported;
  const markdown = toMarkdown(imported.article, { profile: "broadsheet" });
  const warnings = imported.warnings.map(formatImportWarning);
  if (options.stdout) {
    io.data(markdown);
  } else {
    const dir = options.out ?? ".";
    await checkOutFolder(dir);
    await removeStrayTempFiles(dir);
    const target = join(dir, `${imported.article.slug}.md`);
    let result: WriteResult;
    try {
      result = await writeIfChanged(target, markdown, { force: options.force === true });
    } catch (error) {
      throw new CliError(describeWriteError(target, error), ExitCode.invalid);
    }
    if (result.outcome === "skipped") {
      throw new CliError(describeExisting(target, result.existing), ExitCode.invalid);
    }
    io.outLine(
      result.outcome === "written"
        ? `wrote ${target}`
        : `unchanged ${target} (it holds this text already)`,
    );
  }
  for (const warning of warnings) io.errLine(warning);
  return ExitCode.ok;
}

/** Adds `broadsheet import FILE [--out DIR] [--force] [--stdout] [--url URL]`. */
export function registerImport(program: Command, context: Context): void {
  program
    .command("import")
    .description(
      "convert plain-text wire copy or an HTML page to Broadsheet Markdown, written as <slug>.md",
    )
    .argument(
      "<file>",
      "the wire copy (a UTF-8 text file, usually .txt) or a saved page (.html, .htm)",
    )
    .option("-o, --out <dir>", "folder to write <slug>.md into (default: the current folder)")
    .option(
      "-f, --force",
      "replace what is at <slug>.md when it differs: a file, a symbolic link (the link itself); never a folder",
    )
    .addOption(
      new Option("--stdout", "print the Markdown instead of writing a file").conflicts("out"),
    )
    .option("--url <url>", "the HTML page's address, for its relative links (.html and .htm only)")
    .version(VERSION, "-V, --version", "print the version")
    .action(async (file: string, options: ImportOptions) => {
      context.exitCode = await runImport(file, options, context.io);
    });
}
