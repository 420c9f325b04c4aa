import type { Cell } from "./cell.js";
import { isAnySpace } from "./char-class.js";

/** A character of a tag name (marked also allows `_`). */
const NAME = /^[A-Za-z0-9_-]$/;

/** A character of an e-mail autolink's local part; it holds every character of a URI scheme. */
const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]$/;

function charAt(cells: readonly Cell[], index: number): string | undefined {
  const cell = cells[index];
  return cell?.kind === "text" ? cell.char : undefined;
}

/**
 * Whether the local-part characters from `at` reach an `@` (or something other than plain text,
 * which may hide one), so that a `<` before them could begin an e-mail autolink.
 */
function reachesAt(cells: readonly Cell[], at: number): boolean {
  for (; ; at++) {
    const cell = cells[at];
    if (cell === undefined) return false;
    if (cell.kind !== "text" || cell.char === "@") return true;
    if (!LOCAL.test(cell.char)) return false;
  }
}

/**
 * Whether the `<` at `index` could begin raw HTML or an autolink for CommonMark or marked: a tag
 * (`<div`, `</p>`, `<!--`, `<?`), an HTML block at a line start, `<scheme:…>` or `<name@host>`
 * (whose local part may start with a digit or a sign: `<9am@host>`, `<+1@host>`).
 * It cannot when a character follows that no such construct allows there (`<3`, `< 5`, `<y,`),
 * or when the text ends before any `>` could close it. Anything but plain text after it (a
 * delimiter, code, a line break) counts as "could", so the answer errs toward escaping.
 */
export function startsHtmlOrAutolink(cells: readonly Cell[], index: number): boolean {
  const next = cells[index + 1];
  if (next === undefined) return false;
  if (next.kind !== "text") return true;
  if (!/^[A-Za-z/!?]$/.test(next.char)) return LOCAL.test(next.char) && reachesAt(cells, index + 1);
  if (!/^[A-Za-z]$/.test(next.char)) return true;
  if (index === 0 || cells[index - 1]?.kind === "break") return true;
  let at = index + 1;
  while (NAME.test(charAt(cells, at) ?? "")) at++;
  const afterName = cells[at];
  if (afterName === undefined) return false;
  if (afterName.kind !== "text") return true;
  if (isAnySpace(afterName.char) || afterName.char === "/" || afterName.char === ">") return true;
  for (; ; at++) {
    const cell = cells[at];
    if (cell === undefined) return false;
    if (cell.kind !== "text" || cell.char === ":" || cell.char === "@") return true;
    if (!LOCAL.test(cell.char)) return false;
  }
}
