/**
 * A code span for text without line breaks: a backtick fence longer or shorter than every
 * backtick run inside, padded with a space when the text starts or ends with a backtick or
 * has a space at both ends.
 */
export function codeSpan(text: string): string {
  const runs = new Set((text.match(/`+/g) ?? []).map((run) => run.length));
  let length = 1;
  while (runs.has(length)) length++;
  const fence = "`".repeat(length);
  const spacedBothEnds = text.startsWith(" ") && text.endsWith(" ") && /[^ ]/.test(text);
  const pad = text.startsWith("`") || text.endsWith("`") || spacedBothEnds ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
