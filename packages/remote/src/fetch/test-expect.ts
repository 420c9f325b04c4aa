import { expect } from "vitest";
import { RemoteError, type RemoteErrorKind } from "../remote-error.js";

/**
 * The error a promise rejects with, checked to be a {@link RemoteError} of `kind` whose message
 * is one line naming `host`, without a stack trace.
 */
export async function expectOneLineFailure(
  promise: Promise<unknown>,
  kind: RemoteErrorKind,
  host: string,
): Promise<RemoteError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(RemoteError);
  const remote = error as RemoteError;
  expect({ kind: remote.kind, message: remote.message }).toMatchObject({ kind });
  expect(remote.message).not.toMatch(/[\n\r]|\bat .+:\d+:\d+/);
  if (host !== "") expect(remote.message.startsWith(`${host}: `)).toBe(true);
  return remote;
}
