import {
  codePointName,
  FORBIDDEN_TEXT_CHARACTERS,
  NONCHARACTER_PATTERN,
} from "@broadsheet/article";
import type { Notes } from "./notes.js";

const FORBIDDEN = new RegExp(`[${FORBIDDEN_TEXT_CHARACTERS}]`, "g");
const INVALID = new RegExp(
  `${NONCHARACTER_PATTERN}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  "g",
);
const NEEDS_CLEANING = new RegExp(
  `[${FORBIDDEN_TEXT_CHARACTERS}\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]`,
);

function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * Text from the page made valid for the article model, by the model's own character rules: the
 * characters it forbids (C0 and C1 controls other than tab and newline, DEL, bidirectional
 * overrides and isolates) are removed, and noncharacters and lone surrogates become U+FFFD, each
 * noted at `block`. The text is NFC-normalized.
 */
export function cleanText(text: string, notes: Notes, block: number | undefined): string {
  if (!NEEDS_CLEANING.test(text)) return text.normalize("NFC");
  const valid = text.replace(INVALID, () => {
    notes.add(
      "invalid-unicode",
      "Replaced a noncharacter or unpaired surrogate with U+FFFD.",
      block,
    );
    return "\uFFFD";
  });
  return valid
    .replace(FORBIDDEN, (character) => {
      const code = character.charCodeAt(0);
      if (isBidiControl(code)) {
        notes.add(
          "bidi-control",
          `Removed the bidirectional control ${codePointName(code)}; check that the text reads as intended.`,
          block,
        );
      } else {
        notes.add(
          "control-character",
          `Removed the control character ${codePointName(code)}.`,
          block,
        );
      }
      return "";
    })
    .normalize("NFC");
}
