import { RemoteError } from "@broadsheet/remote";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-code.js";
import { failureLine } from "./remote-read-error.js";

/**
 * A failure to fetch or read `url` as the CLI reports it: one line; a usage error (2) for an
 * address that is not http(s), else 1 (nothing readable there, or a file of Broadsheet's own
 * damaged). Anything else is a bug and is thrown again.
 */
export function remoteCliError(error: unknown, url: string): CliError {
  const line = failureLine(error, url);
  const usage = error instanceof RemoteError && error.kind === "scheme";
  return new CliError(line, usage ? ExitCode.usage : ExitCode.invalid);
}
