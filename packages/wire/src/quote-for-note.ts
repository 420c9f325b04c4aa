const MAX_QUOTED = 60;

/** Source text quoted in a warning note: in double quotes, cut to a readable length. */
export function quoteForNote(text: string): string {
  const characters = Array.from(text);
  if (characters.length <= MAX_QUOTED) return `"${text}"`;
  return `"${characters.slice(0, MAX_QUOTED - 1).join("")}…"`;
}
