const END_MARKS = new Set([
  "-30-",
  "- 30 -",
  "-0-",
  "###",
  "# # #",
  "end",
  "(end)",
  "-end-",
  "ends",
  "endit",
]);

/** Whether a line is a wire end-of-story mark such as `-30-`, `###` or `ENDS`. */
export function isEndMark(text: string): boolean {
  return END_MARKS.has(text.toLowerCase());
}
