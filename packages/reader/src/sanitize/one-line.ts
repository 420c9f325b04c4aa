/** Collapses a message's line breaks and runs of spaces, so it prints as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
