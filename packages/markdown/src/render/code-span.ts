import type { ParserFamily } from "../parser-family.js";
import { protectLiquid } from "../templates/liquid-raw.js";

/**
 * Whether no backtick span reads as the text: for Redcarpet (edge spaces trimmed, backticks
 * paired across the file, raw tags mangled) code with a backtick, an edge space, `{{`, `{%` or
 * in a table a pipe; for kramdown spaces only, or in a table a pipe or a space first.
 */
function needsHtml(text: string, family: ParserFamily, pipes: boolean): boolean {
  if (family === "kramdown") return /^ *$/.test(text) || (pipes && /\||^ /.test(text));
  return family === "redcarpet" && (/`|^ | $|\{[{%]/.test(text) || (pipes && text.includes("|")));
}

/**
 * A code span for text without line breaks that the target's parser reads as that text.
 * CommonMark: a fence of a length no backtick run inside has, padded with a space when the text
 * starts or ends with a backtick or has a space at both ends. kramdown closes a span at the
 * first run as long as its fence and strips an edge space only after a fence of two or more:
 * text with a backtick or an edge space gets a fence longer than every run, at least two, and a
 * space inside each end. Where no backtick form works (needsHtml), `<code>` with every ASCII
 * punctuation character a reference, but for Redcarpet (Forem runs Liquid after decoding them)
 * `{ } %`, with each run holding `{{` or `{%` in a raw block.
 */
export function codeSpan(
  text: string,
  place: { family?: ParserFamily; pipes?: boolean } = {},
): string {
  const family = place.family ?? "commonmark";
  if (needsHtml(text, family, place.pipes ?? false)) {
    const liquid = family === "redcarpet";
    const encoded = text.replace(/[!-/:-@[-`{-~]/g, (char) =>
      liquid && /[{}%]/.test(char) ? char : `&#${char.charCodeAt(0)};`,
    );
    return `<code>${liquid ? protectLiquid(encoded) : encoded}</code>`;
  }
  const runs = new Set((text.match(/`+/g) ?? []).map((run) => run.length));
  if (family === "kramdown" && (text.includes("`") || /^ | $/.test(text))) {
    const fence = "`".repeat([...runs].reduce((longest, run) => Math.max(longest, run + 1), 2));
    return `${fence} ${text} ${fence}`;
  }
  let length = 1;
  while (runs.has(length)) length++;
  const fence = "`".repeat(length);
  const spacedBothEnds = text.startsWith(" ") && text.endsWith(" ") && /[^ ]/.test(text);
  const pad = text.startsWith("`") || text.endsWith("`") || spacedBothEnds ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
