import { fileURLToPath } from "node:url";
import { runChecked } from "./run-command.js";

/** Runs one of this package's Ruby scripts over every file at once; returns its parsed JSON. */
export async function runRubyScript(
  script: string,
  files: Record<string, string>,
): Promise<Record<string, unknown>> {
  const path = fileURLToPath(new URL(`../ruby/${script}`, import.meta.url));
  const output = await runChecked("ruby", [path], { input: JSON.stringify({ files }) });
  return JSON.parse(output) as Record<string, unknown>;
}

/** The version a Ruby library reports, e.g. `rubyVersion("redcarpet", "Redcarpet::VERSION")`. */
export async function rubyLibraryVersion(library: string, constant: string): Promise<string> {
  return (await runChecked("ruby", [`-r${library}`, "-e", `print ${constant}`])).trim();
}

/** Whether Ruby can load every library; a reason when not. */
export async function rubyMissing(
  libraries: readonly string[],
  apt: string,
): Promise<string | undefined> {
  try {
    await runChecked("ruby", [...libraries.map((library) => `-r${library}`), "-e", ""]);
    return undefined;
  } catch {
    return `ruby with ${libraries.join(", ")} is not installed (apt-get install ${apt})`;
  }
}
