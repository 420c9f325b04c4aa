import type { ContentError, ContentErrorCode } from "@broadsheet/content";

/** The CLI's exit statuses. */
export const ExitCode = {
  ok: 0,
  /** Some content is invalid or could not be read. */
  invalid: 1,
  /** The command line is wrong: unknown option or command, missing argument, a path that is not there. */
  usage: 2,
  /** A bug in broadsheet (sysexits' EX_SOFTWARE). */
  internal: 70,
  /** Stopped by Ctrl-C (SIGINT) after finishing the files in hand: 128 + the signal, as shells do. */
  interrupted: 130,
  /** Stopped by SIGTERM after finishing the files in hand. */
  terminated: 143,
} as const;

const USAGE_CODES: ReadonlySet<ContentErrorCode> = new Set([
  "not-found",
  "not-a-file",
  "not-a-folder",
  "unsupported",
]);

/**
 * The exit status for a list of content errors: a usage error when a path named on the command
 * line is missing or of the wrong kind, else invalid content when there is any error, else ok.
 */
export function exitCodeFor(errors: readonly ContentError[], named: ReadonlySet<string>): number {
  if (errors.some((error) => named.has(error.file) && USAGE_CODES.has(error.code)))
    return ExitCode.usage;
  return errors.length > 0 ? ExitCode.invalid : ExitCode.ok;
}
