import type { ParserFamily } from "../parser-family.js";

const PIPE = 0x7c;
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;

/** The length of the run of backticks starting at an index. */
function runAt(cell: string, at: number): number {
  let end = at;
  while (cell.charCodeAt(end) === BACKTICK) end++;
  return end - at;
}

/**
 * Escapes every pipe of a written table cell that would split it, as the family's table parser
 * needs: cells are split on unescaped pipes before anything else is parsed, even inside code
 * spans and link destinations. Outside code a pipe is escaped where an even number of
 * backslashes stands right before it (the writer's own escapes come in pairs); inside a code
 * span, whose backslashes are literal, every pipe gets one (GFM takes `\|` out before the span
 * is read). Redcarpet splits on escaped pipes too, so there a pipe is `&#124;` (its backslash
 * dropped); its code with a pipe is HTML already, as kramdown's is. One pass, runs of backslashes counted (the pattern
 * `(\\*)\|` retries a run at each of its backslashes, quadratic on a long run). A cell without
 * a pipe is returned as it is.
 */
export function escapePipes(cell: string, family: ParserFamily = "commonmark"): string {
  if (!cell.includes("|")) return cell;
  const entity = family === "redcarpet";
  let out = "";
  let written = 0;
  let slashes = 0;
  let fence = 0;
  for (let at = 0; at < cell.length; at++) {
    const code = cell.charCodeAt(at);
    if (code === BACKTICK) {
      const run = runAt(cell, at);
      if (fence === 0) fence = run - (slashes % 2);
      else if (run === fence) fence = 0;
      at += run - 1;
    } else if (code === PIPE && fence > 0) {
      out += `${cell.slice(written, at)}\\|`;
      written = at + 1;
    } else if (code === PIPE && (entity || slashes % 2 === 0)) {
      out += `${cell.slice(written, slashes % 2 === 0 ? at : at - 1)}${entity ? "&#124;" : "\\|"}`;
      written = at + 1;
    } else if (code === BACKSLASH && fence === 0) {
      slashes++;
      continue;
    }
    slashes = 0;
  }
  return out + cell.slice(written);
}
