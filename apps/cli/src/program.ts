import { Command } from "commander";
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

/** Adds one command, with its options and action, to the program. */
type RegisterCommand = (program: Command, context: Context) => void;

/** A module of commands: the names it adds, and how to load its registration. */
interface CommandModule {
  names: readonly string[];
  load(): Promise<RegisterCommand>;
}

/**
 * Each command's module, loaded when asked for, in the order the help lists them. A command's
 * module brings the packages it runs on, so a run loads only the one it names.
 */
const COMMANDS: readonly CommandModule[] = [
  { names: ["import"], load: async () => (await import("./commands/import.js")).registerImport },
  { names: ["export"], load: async () => (await import("./commands/export.js")).registerExport },
  { names: ["read"], load: async () => (await import("./commands/read.js")).registerRead },
  {
    names: ["validate"],
    load: async () => (await import("./commands/validate.js")).registerValidate,
  },
  { names: ["schema"], load: async () => (await import("./commands/schema.js")).registerSchema },
  {
    names: ["follow", "unfollow", "following"],
    load: async () => (await import("./commands/follow.js")).registerFollow,
  },
];

/**
 * The module of the command the arguments name: the first argument that is not an option (the
 * program's own options take no value), when it is a command's name.
 */
export function commandNamed(args: readonly string[]): CommandModule | undefined {
  const first = args.find((arg) => !arg.startsWith("-"));
  return COMMANDS.find((module) => first !== undefined && module.names.includes(first));
}

/**
 * The `broadsheet` command line for `args` (without `node` and the script): with the command
 * they name only, else (help, a mistyped command, none) with every command. Commander never
 * exits the process or prints errors itself: it throws `CommanderError`s for the caller to
 * report, and writes help and version to `io`.
 */
export async function createProgram(
  context: Context,
  args: readonly string[] = [],
): Promise<Command> {
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
  const named = commandNamed(args);
  const registers = await Promise.all((named ? [named] : COMMANDS).map((module) => module.load()));
  for (const register of registers) register(program, context);
  return program;
}
