import { unicodeScript } from "@broadsheet/article";

/**
 * Superscript or subscript text as a terminal can show it: in Unicode superscript or subscript
 * characters when every character has an exact one (`km²`, `CO₂`, `xⁿ`), otherwise marked with
 * `^` or `_` (`1^st`, `x_max`), with parentheses when the text has a space (`^(see note)`).
 */
export function scriptText(text: string, mark: "sup" | "sub"): string {
  const unicode = unicodeScript(text, mark, { letters: true });
  if (unicode !== undefined) return unicode;
  const sign = mark === "sup" ? "^" : "_";
  return /\s/.test(text) ? `${sign}(${text})` : `${sign}${text}`;
}
