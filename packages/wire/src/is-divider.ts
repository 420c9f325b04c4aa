const RULE_CHARACTERS = new Set(["-", "_", "*", "=", "~", "#", "•", "·", "—", "–", "─", "━", "═"]);

/** Whether a line is a section break: three or more rule characters (`***`, `___`, `* * *`). */
export function isDivider(text: string): boolean {
  let marks = 0;
  for (const character of text) {
    if (character === " ") continue;
    if (!RULE_CHARACTERS.has(character)) return false;
    marks++;
  }
  return marks >= 3;
}
