import type { ValidationError } from "@broadsheet/article";
import type { MarkdownError } from "../markdown-result.js";
import type { PlacedBlock } from "./body-state.js";
import { parsePath } from "./parse-path.js";
import type { FrontMatter } from "./read-front-matter.js";

const UNKNOWN_KEY = /^unknown fields? "([^"]+)"/;

/** Where a validation error points in the file, for the lines of the body and the front matter. */
export interface ErrorLines {
  frontMatter?: FrontMatter;
  frontMatterLine: number;
  blocks: readonly PlacedBlock[];
  bodyLine: number;
}

/**
 * Gives each model validation error a file line: `body[N]…` the line block N starts on, a front
 * matter field the line of its key (or of the unknown key the message names).
 */
export function mapValidationErrors(
  errors: readonly ValidationError[],
  lines: ErrorLines,
): MarkdownError[] {
  return errors.map((error) => {
    const path = parsePath(error.path);
    let line: number | undefined;
    if (path[0] === "body") {
      line = typeof path[1] === "number" ? lines.blocks[path[1]]?.line : lines.bodyLine;
    } else {
      const unknown = UNKNOWN_KEY.exec(error.message)?.[1];
      line = lines.frontMatter?.locate(unknown === undefined ? path : [...path, unknown]);
    }
    return { line: line ?? lines.frontMatterLine, path: error.path, message: error.message };
  });
}
