/**
 * The line of an exported file most likely to hold a block, found by the words of its text
 * (the file's escapes aside): `12: the line`, or undefined when no line shares a word.
 */
export function sourceLine(markdown: string, text: string): string | undefined {
  const words = [...new Set(text.match(/[\p{L}\p{N}]{3,}/gu) ?? [])];
  if (words.length === 0) return undefined;
  const lines = markdown.split("\n");
  let best = -1;
  let bestScore = 0;
  lines.forEach((line, index) => {
    let score = 0;
    for (const word of words) if (line.includes(word)) score++;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best < 0) return undefined;
  const line = lines[best] as string;
  return `${best + 1}: ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`;
}
