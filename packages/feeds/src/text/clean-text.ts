// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what this finds.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Counts what {@link removeControls} removed, for one warning per document. */
export interface ControlCount {
  removed: number;
}

/**
 * Text without the C0 and C1 control characters XML does not allow (escape, bell, NUL, …): tab,
 * line feed and carriage return stay.
 */
export function removeControls(text: string, count?: ControlCount): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, () => {
    if (count !== undefined) count.removed++;
    return "";
  });
}

/** Text on one line: runs of whitespace become one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
