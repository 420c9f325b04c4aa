import type { Cell } from "../render/cell.js";
import { isAnySpace } from "../render/char-class.js";
import { escapeBackslashes } from "../render/escape-backslashes.js";

/** Whether a line may end right after this cell with trailing spaces or a bare newline. */
function endsLineWell(cell: Cell | undefined): boolean {
  switch (cell?.kind) {
    case "text":
    case "code":
      return true;
    case "delim":
      return cell.role === "close";
    case "syntax":
      return !cell.out.endsWith("[") && !/^<[a-z]+>$/.test(cell.out);
    default:
      return false;
  }
}

/**
 * Writes hard line breaks in another form than CommonMark's backslash: two trailing spaces
 * (Markdown.pl, kramdown) or a bare newline (Redcarpet's `hard_wrap`). Whitespace right before
 * the break is encoded, since parsers strip it. A break right after an opening delimiter or at
 * the start of a line, where the new form would not read back, is written `&#10;`. Backslashes
 * before what changed are escaped again.
 */
export function writeBreaks(cells: Cell[], form: "  \n" | "\n"): Cell[] {
  const out = cells.map((cell, index): Cell => {
    if (cell.kind !== "break" || cell.entity) return cell;
    const previous = cells[index - 1];
    if (!endsLineWell(previous)) return { kind: "break", entity: true };
    if (previous?.kind === "text" && !previous.escape && isAnySpace(previous.char)) {
      previous.encode = true;
    }
    return { kind: "syntax", out: form };
  });
  escapeBackslashes(out);
  return out;
}
