import type { ParserFamily } from "../parser-family.js";

/**
 * Escapes every pipe of a written table cell that is not escaped yet, as a GFM table needs:
 * cells are split on unescaped pipes before anything else is parsed, even inside code spans and
 * link destinations. A pipe is escaped where an even number of backslashes stands right before
 * it, counted in one pass (the pattern `(\\*)\|` retries its run of backslashes at each of them,
 * quadratic on a long run). Redcarpet splits on escaped pipes too: there every pipe is `&#124;`
 * (the backslash escaping it dropped); its code with a pipe is HTML already.
 */
export function escapePipes(cell: string, family: ParserFamily = "commonmark"): string {
  if (!cell.includes("|")) return cell;
  const entity = family === "redcarpet";
  let out = "";
  let written = 0;
  let slashes = 0;
  for (let at = 0; at < cell.length; at++) {
    if (cell[at] === "|" && (entity || slashes % 2 === 0)) {
      out += `${cell.slice(written, slashes % 2 === 0 ? at : at - 1)}${entity ? "&#124;" : "\\|"}`;
      written = at + 1;
    }
    slashes = cell[at] === "\\" ? slashes + 1 : 0;
  }
  return out + cell.slice(written);
}

/**
 * A written table cell with each line break (`&#10;` outside code, not escaped) as `<br>`, which
 * a page shows as one; a code span's text is left as it is.
 */
export function lineBreaksAsHtml(cell: string): string {
  if (!cell.includes("&#10;")) return cell;
  let out = "";
  let written = 0;
  let slashes = 0;
  let fence = 0;
  for (let at = 0; at < cell.length; at++) {
    if (cell[at] === "`") {
      let run = 1;
      while (cell[at + run] === "`") run++;
      if (fence === 0) fence = run - (slashes % 2);
      else if (run === fence) fence = 0;
      at += run - 1;
    } else if (fence === 0 && slashes % 2 === 0 && cell.startsWith("&#10;", at)) {
      out += `${cell.slice(written, at)}<br>`;
      written = at + 5;
      at = written - 1;
    }
    slashes = cell[at] === "\\" && fence === 0 ? slashes + 1 : 0;
  }
  return out + cell.slice(written);
}
