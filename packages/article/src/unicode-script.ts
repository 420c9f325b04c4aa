/** Where a span with a `sub` or `sup` mark sits: below or above the line. */
export type ScriptMark = "sub" | "sup";

const SUPERSCRIPT_SIGNS: Readonly<Record<string, string>> = {
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
};

const SUBSCRIPT_SIGNS: Readonly<Record<string, string>> = {
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
};

const SUPERSCRIPT_LETTERS: Readonly<Record<string, string>> = {
  ...SUPERSCRIPT_SIGNS,
  i: "ⁱ",
  n: "ⁿ",
};

const SUBSCRIPT_LETTERS: Readonly<Record<string, string>> = {
  ...SUBSCRIPT_SIGNS,
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

/** Options of {@link unicodeScript}. */
export interface UnicodeScriptOptions {
  /**
   * Also use the few Unicode letters that exist as sub/superscripts (`xⁿ`, `x_max`→`xₘₐₓ`).
   * They are missing from many fonts, so a page meant for any reader leaves them out.
   */
  letters?: boolean;
}

/**
 * The text in Unicode subscript or superscript characters (`CO` + sub `2` → `₂`, sup `6` → `⁶`)
 * when every character has an exact one (digits and `+ - − = ( )`, and with `letters` a few
 * letters); undefined when any does not, or the text is empty.
 */
export function unicodeScript(
  text: string,
  mark: ScriptMark,
  options: UnicodeScriptOptions = {},
): string | undefined {
  const table =
    mark === "sup"
      ? options.letters
        ? SUPERSCRIPT_LETTERS
        : SUPERSCRIPT_SIGNS
      : options.letters
        ? SUBSCRIPT_LETTERS
        : SUBSCRIPT_SIGNS;
  let out = "";
  for (const char of text) {
    const replacement = table[char];
    if (replacement === undefined) return undefined;
    out += replacement;
  }
  return out === "" ? undefined : out;
}
