const TAB = 0x09;
const NEWLINE = 0x0a;
const SPACE = 0x20;

function isBlank(code: number, newlines: boolean): boolean {
  return code === SPACE || code === TAB || (newlines && code === NEWLINE);
}

/** The index after the spaces and tabs (and line breaks, unless told not to) at `from`. */
export function blankEnd(raw: string, from: number, to: number, newlines = true): number {
  let index = from;
  while (index < to && isBlank(raw.charCodeAt(index), newlines)) index++;
  return index;
}

/** The index where the spaces and tabs (and line breaks, unless told not to) before `to` start. */
export function blankStart(raw: string, from: number, to: number, newlines = true): number {
  let index = to;
  while (index > from && isBlank(raw.charCodeAt(index - 1), newlines)) index--;
  return index;
}

/**
 * Each line break with the spaces and tabs around it becomes one space (a soft line break).
 * What `raw.replace(/[ \t]*\n[ \t]*\/g, " ")` gives, in one pass even on long runs of spaces.
 */
export function softBreaksAsSpaces(raw: string): string {
  let newline = raw.indexOf("\n");
  if (newline === -1) return raw;
  let out = "";
  let start = 0;
  for (; newline !== -1; newline = raw.indexOf("\n", newline + 1)) {
    out += `${raw.slice(start, blankStart(raw, start, newline, false))} `;
    start = blankEnd(raw, newline + 1, raw.length, false);
  }
  return out + raw.slice(start);
}
