import { join } from "node:path";
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
}

/**
 * Converts a wire-copy text file to Broadsheet Markdown, written atomically as `<slug>.md` in
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
      `${file}: is ${what} already; import converts plain-text wire copy (.txt); check this file with 'broadsheet validate ${file}'`,
      ExitCode.usage,
    );
  }
  const read = await readArticleText(file);
  if (!read.ok) {
    throw new CliError(formatContentError(read.error), exitCodeFor([read.error], new Set([file])));
  }
  const parsed = parseArticleText(read.text, "wire-text", file);
  if (!parsed.ok) {
    for (const error of parsed.errors) io.errLine(`broadsheet: ${formatContentError(error)}`);
    return ExitCode.invalid;
  }
  const markdown = toMarkdown(parsed.article, { profile: "broadsheet" });
  const warnings = (parsed.article.isBasedOn?.warnings ?? []).map(formatImportWarning);
  if (options.stdout) {
    io.data(markdown);
  } else {
    const dir = options.out ?? ".";
    await checkOutFolder(dir);
    await removeStrayTempFiles(dir);
    const target = join(dir, `${parsed.article.slug}.md`);
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

/** Adds `broadsheet import FILE [--out DIR] [--force] [--stdout]`. */
export function registerImport(program: Command, context: Context): void {
  program
    .command("import")
    .description("convert plain-text wire copy to Broadsheet Markdown, written as <slug>.md")
    .argument("<file>", "the wire copy: a UTF-8 text file, usually .txt")
    .option("-o, --out <dir>", "folder to write <slug>.md into (default: the current folder)")
    .option(
      "-f, --force",
      "replace what is at <slug>.md when it differs: a file, a symbolic link (the link itself); never a folder",
    )
    .addOption(
      new Option("--stdout", "print the Markdown instead of writing a file").conflicts("out"),
    )
    .version(VERSION, "-V, --version", "print the version")
    .action(async (file: string, options: ImportOptions) => {
      context.exitCode = await runImport(file, options, context.io);
    });
}
