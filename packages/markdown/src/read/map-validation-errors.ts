import type { ValidationError } from "@broadsheet/article";
import type { MarkdownError } from "../markdown-result.js";
import type { FrontMatter } from "./front-matter.js";
import type { PlacedBlock } from "./read-context.js";

const SEGMENT = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
const UNKNOWN_KEY = /^unknown fields? "([^"]+)"/;

/** Splits a path written by formatPath (`author[0].name`, `["odd key"]`) into its keys. */
export function parsePath(path: string): (string | number)[] {
  if (path === "(document)") return [];
  return Array.from(path.matchAll(SEGMENT), ([, name, index, quoted]) =>
    index === undefined ? (name ?? String(JSON.parse(quoted ?? '""'))) : Number(index),
  );
}

/**
 * Gives each model validation error a file line: for `body[N]…` the line block N starts on, for
 * a front matter field the line of its key (or of the unknown key the message names), else 1.
 */
export function mapValidationErrors(
  errors: readonly ValidationError[],
  frontMatter: FrontMatter | undefined,
  blocks: readonly PlacedBlock[],
  bodyLine: number,
): MarkdownError[] {
  return errors.map(({ path, message }) => {
    const keys = parsePath(path);
    const unknown = UNKNOWN_KEY.exec(message)?.[1];
    const line =
      keys[0] !== "body"
        ? frontMatter?.locate(unknown === undefined ? keys : [...keys, unknown])
        : typeof keys[1] === "number"
          ? blocks[keys[1]]?.line
          : bodyLine;
    return { line: line ?? 1, path, message };
  });
}
