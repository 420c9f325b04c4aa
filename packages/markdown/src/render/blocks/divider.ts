/** `---` (always after a blank line, so it is never read as an underlined heading). */
export function renderDivider(): string {
  return "---";
}
