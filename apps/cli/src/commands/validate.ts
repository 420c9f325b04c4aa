import { formatContentError, indexArticles } from "@broadsheet/content";
import type { Command } from "commander";
import { letYoungGenerationGrow } from "../batch-heap.js";
import type { Context } from "../context.js";
import { defaultContentPaths } from "../default-content-paths.js";
import { ExitCode, exitCodeFor } from "../exit-code.js";
import { articleSummaryLines } from "../format-summary.js";
import { formatTally } from "../format-tally.js";
import { indexOptions } from "../index-options.js";
import type { Io } from "../io.js";
import { VERSION } from "../version.js";

/** Options of `broadsheet validate`. */
export interface ValidateOptions {
  summary?: boolean;
}

/**
 * Validates article files and folders (default: the content folder). Every error goes to stderr
 * as `broadsheet: file:line: path: message`; with `summary`, each valid article is described on
 * stdout; a tally ends the output unless the command line was wrong. Returns 0 when all is valid,
 * 1 for invalid content, 2 when a named path is missing or not an article file. Folders are
 * read through their index, so an unchanged archive is checked without parsing it again.
 */
export async function runValidate(
  paths: readonly string[],
  options: ValidateOptions,
  io: Io,
): Promise<number> {
  const targets = paths.length > 0 ? [...paths] : await defaultContentPaths(io, "check");
  letYoungGenerationGrow();
  const result = await indexArticles(targets, indexOptions(io));
  try {
    for (const error of result.errors) io.errLine(`broadsheet: ${formatContentError(error)}`);
    if (options.summary && result.articles.length > 0) {
      result.articles.forEach(({ file }, index) => {
        if (index > 0) io.outLine("");
        for (const line of articleSummaryLines({ file, article: result.article(file) })) {
          io.outLine(line);
        }
      });
      io.outLine("");
    }
    const exitCode = exitCodeFor(result.errors, new Set(targets));
    if (exitCode !== ExitCode.usage) io.outLine(formatTally(result));
    return exitCode;
  } finally {
    result.close();
  }
}

/** Adds `broadsheet validate [PATH...] [--summary]`. */
export function registerValidate(program: Command, context: Context): void {
  program
    .command("validate")
    .description("check article files and folders (default: ./content or $BROADSHEET_CONTENT)")
    .argument("[path...]", "article files (.md, .markdown, .txt, .json) and folders of them")
    .option(
      "-s, --summary",
      "also print each valid article's headline, dateline, length and sections",
    )
    .version(VERSION, "-V, --version", "print the version")
    .action(async (paths: string[], options: ValidateOptions) => {
      context.exitCode = await runValidate(paths, options, context.io);
    });
}
