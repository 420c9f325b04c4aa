import { oneLine } from "@broadsheet/reader/sanitize";
import { CommanderError } from "commander";
import { CliError } from "./cli-error.js";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";
import { createProgram } from "./program.js";

function usageHint(args: readonly string[], commands: readonly string[]): string {
  const command = args.find((arg) => !arg.startsWith("-"));
  return command && commands.includes(command)
    ? `broadsheet ${command} --help`
    : "broadsheet --help";
}

/**
 * Runs the CLI on its arguments (without `node` and the script) and returns the exit status.
 * Bad input (unknown options, missing files, invalid content) is reported on `io.stderr` as
 * `broadsheet: …` lines; only unexpected errors (bugs) are thrown.
 */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  const context = { io, exitCode: ExitCode.ok as number };
  const program = await createProgram(context, args);
  try {
    await program.parseAsync([...args], { from: "user" });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CliError) {
      io.errLine(`broadsheet: ${oneLine(error.message)}`);
      return error.exitCode;
    }
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version")
      return ExitCode.ok;
    if (error.code === "commander.help") return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    const message = oneLine(error.message.replace(/^error: /, "")).replace(/\.$/, "");
    const hint = usageHint(
      args,
      program.commands.map((command) => command.name()),
    );
    io.errLine(`broadsheet: ${message}; see '${hint}'`);
    return ExitCode.usage;
  }
}
