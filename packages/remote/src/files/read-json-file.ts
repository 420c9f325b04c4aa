import { readFile } from "node:fs/promises";
import { RemoteError } from "../remote-error.js";

function lineOf(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return "";
  const line = text.slice(0, Number(position)).split("\n").length;
  return ` at line ${line}`;
}

/**
 * A JSON file of Broadsheet's own, or `undefined` when there is none. A file that is not JSON,
 * or not the shape `check` accepts, is a `damaged-file` error naming it and what to do; it is
 * never overwritten.
 *
 * @param path - the file
 * @param what - what the file holds, for the message ("the follow list")
 * @param check - the file's shape: the value, or a one-line reason it is not
 */
export async function readJsonFile<T>(
  path: string,
  what: string,
  check: (value: unknown) => T | string,
): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new RemoteError(
      "damaged-file",
      `${path}: ${what} cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): check its permissions`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw damaged(path, what, `it is not JSON${lineOf(text, String(error))}`);
  }
  const checked = check(value);
  if (typeof checked === "string") throw damaged(path, what, checked);
  return checked;
}

function damaged(path: string, what: string, reason: string): RemoteError {
  return new RemoteError(
    "damaged-file",
    `${path}: ${what} is damaged (${reason}): fix it or move it aside; it was left as it is`,
  );
}
