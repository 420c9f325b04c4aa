const DASHES = new Set(["-", "–", "—"]);

function joinsTight(line: string): boolean {
  let start = line.length;
  while (start > 0 && DASHES.has(line.charAt(start - 1))) start--;
  return start < line.length && start > 0 && !/\s/.test(line.charAt(start - 1));
}

/**
 * Joins the hard-wrapped lines of one paragraph with single spaces. A line that ends in a hyphen
 * or dash straight after a word (`well-` / `known`, `troops—` / `who`) is joined without a space;
 * a spaced dash (`lines --` / `Vienna`) keeps its space.
 */
export function joinLines(lines: readonly string[]): string {
  const parts: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous !== undefined && previous !== "" && parts.length > 0 && !joinsTight(previous))
      parts.push(" ");
    parts.push(line);
  });
  return parts.join("");
}
