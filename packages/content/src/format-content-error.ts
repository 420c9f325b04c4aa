import type { ContentError } from "./content-error.js";

/**
 * Renders an error the way compilers do, so editors can jump to it:
 * `content/kursk.md:12:3: body[3].content[0].href: must be an http(s) or mailto URL`.
 * Missing parts (line, column, path) are left out.
 */
export function formatContentError(error: ContentError): string {
  let where = error.file;
  if (error.line !== undefined) {
    where += `:${error.line}`;
    if (error.column !== undefined) where += `:${error.column}`;
  }
  return error.path ? `${where}: ${error.path}: ${error.message}` : `${where}: ${error.message}`;
}
