const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
  "+": "⁺",
  "-": "⁻",
  "−": "⁻",
  "=": "⁼",
  "(": "⁽",
  ")": "⁾",
  i: "ⁱ",
  n: "ⁿ",
};

const SUBSCRIPT: Record<string, string> = {
  "0": "₀",
  "1": "₁",
  "2": "₂",
  "3": "₃",
  "4": "₄",
  "5": "₅",
  "6": "₆",
  "7": "₇",
  "8": "₈",
  "9": "₉",
  "+": "₊",
  "-": "₋",
  "−": "₋",
  "=": "₌",
  "(": "₍",
  ")": "₎",
  a: "ₐ",
  e: "ₑ",
  h: "ₕ",
  k: "ₖ",
  l: "ₗ",
  m: "ₘ",
  n: "ₙ",
  o: "ₒ",
  p: "ₚ",
  s: "ₛ",
  t: "ₜ",
  x: "ₓ",
};

/**
 * Superscript or subscript text as a terminal can show it: in Unicode superscript or subscript
 * characters when every character has an exact one (`km²`, `CO₂`, `xⁿ`), otherwise marked with
 * `^` or `_` (`1^st`, `x_max`), with parentheses when the text has a space (`^(see note)`).
 */
export function scriptText(text: string, mark: "sup" | "sub"): string {
  const table = mark === "sup" ? SUPERSCRIPT : SUBSCRIPT;
  const chars = Array.from(text);
  if (chars.length > 0 && chars.every((char) => table[char] !== undefined)) {
    return chars.map((char) => table[char]).join("");
  }
  const sign = mark === "sup" ? "^" : "_";
  return /\s/.test(text) ? `${sign}(${text})` : `${sign}${text}`;
}
