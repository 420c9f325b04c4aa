const PIPE = 0x7c;
const BACKSLASH = 0x5c;

/**
 * Escapes every pipe that is not escaped yet, as a GFM table cell needs: cells are split on
 * unescaped pipes before anything else is parsed, even inside code spans and link destinations.
 * A pipe is escaped where an even number of backslashes stands right before it, counted in one
 * pass (the pattern `(\\*)\|` retries its run of backslashes at each of them, quadratic on a
 * long run; escape-pipes.test.ts checks this against it). A cell without a pipe is returned as
 * it is.
 */
export function escapePipes(cell: string): string {
  if (!cell.includes("|")) return cell;
  let out = "";
  let written = 0;
  let slashes = 0;
  for (let at = 0; at < cell.length; at++) {
    const code = cell.charCodeAt(at);
    if (code === BACKSLASH) {
      slashes++;
      continue;
    }
    if (code === PIPE && slashes % 2 === 0) {
      out += `${cell.slice(written, at)}\\|`;
      written = at + 1;
    }
    slashes = 0;
  }
  return out + cell.slice(written);
}
