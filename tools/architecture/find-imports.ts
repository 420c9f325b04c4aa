/** A module specifier written in a source file, and the 1-based line it is written on. */
export interface ImportSite {
  specifier: string;
  line: number;
}

const IMPORT_PATTERNS: readonly RegExp[] = [
  /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom\s*["']([^"'\n]+)["']/gm,
  /^[ \t]*import\s*["']([^"'\n]+)["']/gm,
  /\bimport\(\s*["']([^"'\n]+)["']\s*\)/g,
  /\brequire\(\s*["']([^"'\n]+)["']\s*\)/g,
];

/**
 * Every module a source file imports: static `import … from` and `export … from` statements
 * (type-only ones too), side-effect imports, `import("…")` and `require("…")` with a literal
 * specifier. Statements are recognised at the start of a line, as Biome formats them, so code
 * quoted inside a string is not taken for an import.
 *
 * @param text - the source text of one file
 * @returns the imports in the order they are written
 */
export function findImports(text: string): ImportSite[] {
  const lineStarts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
    lineStarts.push(index + 1);
  }
  const sites: { specifier: string; index: number }[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1] ?? "";
      sites.push({ specifier, index: match.index + match[0].lastIndexOf(specifier) });
    }
  }
  return sites
    .sort((a, b) => a.index - b.index)
    .map(({ specifier, index }) => ({ specifier, line: lineOf(lineStarts, index) }));
}

function lineOf(lineStarts: readonly number[], index: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= index) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
