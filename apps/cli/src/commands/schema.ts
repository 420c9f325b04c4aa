import { articleJsonSchema } from "@broadsheet/article";
import type { Command } from "commander";
import type { Context } from "../context.js";
import { ExitCode } from "../exit-code.js";
import type { Io } from "../io.js";
import { VERSION } from "../version.js";

/** Prints the article's JSON Schema (draft 2020-12, input side) as pretty JSON, a document ({@link Io.data}). */
export function runSchema(io: Io): number {
  io.data(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
  return ExitCode.ok;
}

/** Adds `broadsheet schema`. */
export function registerSchema(program: Command, context: Context): void {
  program
    .command("schema")
    .description("print the JSON Schema of an article document")
    .version(VERSION, "-V, --version", "print the version")
    .action(() => {
      context.exitCode = runSchema(context.io);
    });
}
