import type { ParserFamily } from "../parser-family.js";

/**
 * Escapes every pipe of a written table cell not escaped yet (after an even run of backslashes,
 * counted in one pass: `(\\*)\|` is quadratic on a long run): GFM splits cells on them first, in
 * code and destinations too. Redcarpet splits on escaped pipes too: there each is `&#124;`.
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
