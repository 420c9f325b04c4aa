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
 * Escapes every pipe of a written table cell that is not escaped yet, as a GFM table needs:
 * cells are split on unescaped pipes before anything else is parsed, even inside code spans and
 * link destinations. A pipe is escaped where an even number of backslashes stands right before
 * it, counted in one pass (the pattern `(\\*)\|` retries its run of backslashes at each of them,
 * quadratic on a long run; escape-pipes.test.ts checks this against it). Redcarpet splits on
 * escaped pipes too: there every pipe is `&#124;` (the backslash escaping it dropped); its code
 * with a pipe is HTML already. A cell without a pipe is returned as it is.
 */
export function escapePipes(cell: string, family: ParserFamily = "commonmark"): string {
  if (!cell.includes("|")) return cell;
  const entity = family === "redcarpet";
  let out = "";
  let written = 0;
  let slashes = 0;
  for (let at = 0; at < cell.length; at++) {
    const code = cell.charCodeAt(at);
    if (code === BACKSLASH) {
      slashes++;
      continue;
    }
    if (code === PIPE && (entity || slashes % 2 === 0)) {
      out += `${cell.slice(written, slashes % 2 === 0 ? at : at - 1)}${entity ? "&#124;" : "\\|"}`;
      written = at + 1;
    }
    slashes = 0;
  }
  return out + cell.slice(written);
}

const LINE_BREAK = "&#10;";

/**
 * A written table cell with each line break (`&#10;` outside code, not escaped) as `<br>`, which
 * a page shows as one; a code span's text is left as it is.
 */
export function lineBreaksAsHtml(cell: string): string {
  if (!cell.includes(LINE_BREAK)) return cell;
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
    } else if (fence === 0 && slashes % 2 === 0 && cell.startsWith(LINE_BREAK, at)) {
      out += `${cell.slice(written, at)}<br>`;
      written = at + LINE_BREAK.length;
      at = written - 1;
    } else if (code === BACKSLASH && fence === 0) {
      slashes++;
      continue;
    }
    slashes = 0;
  }
  return out + cell.slice(written);
}
