const UNESCAPED_PIPE = /(\\*)\|/g;

/**
 * Escapes every pipe that is not escaped yet, as a GFM table cell needs: cells are split on
 * unescaped pipes before anything else is parsed, even inside code spans and link destinations.
 * A cell without a pipe is returned as it is (escape-pipes.test.ts checks it against the pass).
 */
export function escapePipes(cell: string): string {
  if (!cell.includes("|")) return cell;
  return cell.replace(UNESCAPED_PIPE, (match: string, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : match,
  );
}
