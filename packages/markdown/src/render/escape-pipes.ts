/**
 * Escapes every pipe that is not escaped yet, as a GFM table cell needs: cells are split on
 * unescaped pipes before anything else is parsed, even inside code spans and link destinations.
 */
export function escapePipes(cell: string): string {
  return cell.replace(/(\\*)\|/g, (match: string, slashes: string) =>
    slashes.length % 2 === 0 ? `${slashes}\\|` : match,
  );
}
