import { Command } from "commander";
import { registerExport } from "./commands/export.js";
import { registerFollow } from "./commands/follow.js";
import { registerImport } from "./commands/import.js";
import { registerRead } from "./commands/read.js";
import { registerSchema } from "./commands/schema.js";
import { registerValidate } from "./commands/validate.js";
import type { Context } from "./context.js";
import { VERSION } from "./version.js";

const EPILOGUE = `
Exit status: 0 all good, 1 invalid content (or an export that failed or skipped
a file), 2 usage error (bad option, missing path), 70 a bug in broadsheet, 130
an export stopped by Ctrl-C.

Examples:
  broadsheet validate --summary          check ./content and summarise each article
  broadsheet import story.txt --out content
  broadsheet export --profile jekyll --out site/_posts
  broadsheet schema > article.schema.json`;

/**
 * The `broadsheet` command line. Commander never exits the process or prints errors itself:
 * it throws `CommanderError`s for the caller to report, and writes help and version to `io`.
 */
export function createProgram(context: Context): Command {
  const program = new Command("broadsheet")
    .description("Import, check, export and describe Broadsheet news articles.")
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout(text),
      writeErr: (text) => context.io.stderr(text),
      outputError: () => {},
    })
    .addHelpText("after", EPILOGUE);
  registerImport(program, context);
  registerExport(program, context);
  registerRead(program, context);
  registerValidate(program, context);
  registerSchema(program, context);
  registerFollow(program, context);
  return program;
}
