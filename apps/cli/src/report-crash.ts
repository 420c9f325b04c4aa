import { oneLine } from "@broadsheet/reader/sanitize";
import { ExitCode } from "./exit-code.js";
import type { Io } from "./io.js";

/**
 * Reports an error nobody expected (a bug, not bad input) as one line with a hint to report it,
 * or with the full stack when `BROADSHEET_DEBUG` is set. Returns the exit status.
 */
export function reportCrash(error: unknown, io: Io): number {
  if (io.env.BROADSHEET_DEBUG) {
    io.stderr(`${error instanceof Error && error.stack ? error.stack : String(error)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.errLine(
      `broadsheet: unexpected error: ${oneLine(message)}; this is a bug in broadsheet, please report it (set BROADSHEET_DEBUG=1 for details)`,
    );
  }
  return ExitCode.internal;
}
