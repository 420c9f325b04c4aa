/**
 * Code point ranges the shipped OpenGraph fonts (DejaVu Serif and Sans) draw: Latin, Greek,
 * Cyrillic, combining marks, punctuation, currency and letterlike symbols. Anything else (emoji,
 * CJK, …) would make `next/og` fetch a font or emoji image from the network, which an offline
 * build cannot do, so it is left out of the image (the page itself shows the text in full).
 */
const DRAWABLE: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x1e00, 0x1eff],
  [0x1f00, 0x1fff],
  [0x2000, 0x200a],
  [0x2010, 0x205e],
  [0x20a0, 0x20bf],
  [0x2100, 0x214f],
];

function isDrawable(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return DRAWABLE.some(([low, high]) => code >= low && code <= high);
}

/** Text reduced to what the OpenGraph fonts can draw, with runs of spaces collapsed. */
export function ogSafeText(text: string): string {
  return Array.from(text.replace(/\s/g, " "))
    .filter(isDrawable)
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}
