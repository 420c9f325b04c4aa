import { z } from "zod";
import { withoutForbidden } from "./forbidden-pattern.js";
import { textProblem } from "./text-problem.js";

const urlCharacter = "[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]";
const hostCharacter = "[^\\s/?#@\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]";
const webUrl = `[hH][tT][tT][pP][sS]?://${hostCharacter}+(?:[/?#]${urlCharacter}*)?`;
const mailtoUrl = `[mM][aA][iI][lL][tT][oO]:${urlCharacter}+`;
const ONE_LINE = { lineBreaks: false, trimmed: false };

/** Error message for a URL that is not http(s) or mailto. */
export const SAFE_URL_MESSAGE =
  "must be an http(s) or mailto URL without spaces or control characters (percent-encode spaces as %20)";

/** The message for a refused URL: the character that is never allowed, if there is one. */
function explain(otherwise: string) {
  return (issue: { input?: unknown }): string =>
    (typeof issue.input === "string" ? textProblem(issue.input, ONE_LINE) : undefined) ?? otherwise;
}

/** A link destination: http, https or mailto only, written as a regex so JSON Schema keeps it. */
export const SafeUrl = z
  .string()
  .max(4096, { error: "must be at most 4096 characters" })
  .regex(new RegExp(`${withoutForbidden()}(?:${webUrl}|${mailtoUrl})$`), {
    error: explain(SAFE_URL_MESSAGE),
  });

/** A web address: http or https only (canonical URLs, image sources, embeds). */
export const WebUrl = z
  .string()
  .max(4096, { error: "must be at most 4096 characters" })
  .regex(new RegExp(`${withoutForbidden()}${webUrl}$`), {
    error: explain("must be an http(s) URL without spaces (percent-encode spaces as %20)"),
  });
