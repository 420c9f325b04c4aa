import { MAX_BREAKS_PER_WORD, MAX_EMPHASIS_DELIMITER_RUNS } from "../limits.js";
import { startsAtIgnoringCase } from "./starts-at-ignoring-case.js";

/** Letters, digits and `.!#$%&'*+/=?_\`{|}~-`: what marked takes for part of an e-mail address. */
const WORD = new Uint8Array(128);
for (const char of ".!#$%&'*+/=?_`{|}~-") WORD[char.charCodeAt(0)] = 1;
for (let code = 0x30; code <= 0x39; code++) WORD[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) WORD[code] = WORD[code + 0x20] = 1;

/** Characters at which marked's plain-text scan stops inside a word. */
const BREAK = new Uint8Array(128);
for (const char of "*_~`!") BREAK[char.charCodeAt(0)] = 1;

const BACKSLASH = 0x5c;
const ASTERISK = 0x2a;
const UNDERSCORE = 0x5f;
const TILDE = 0x7e;

/**
 * Why marked must not read this inline source (a paragraph, heading, list item or table cell),
 * or undefined: more than {@link MAX_EMPHASIS_DELIMITER_RUNS} runs of `*` `_` `~`, or a word with
 * more than {@link MAX_BREAKS_PER_WORD} places where marked's text scan stops. One pass.
 */
export function inlineSourceLimit(source: string): string | undefined {
  let runs = 0;
  let previous = -1;
  let breaks = 0;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === BACKSLASH) {
      index++;
      previous = -1;
      breaks = 0;
      continue;
    }
    if (code === ASTERISK || code === UNDERSCORE || code === TILDE) {
      if (code !== previous) runs++;
      previous = code;
    } else {
      previous = -1;
    }
    if (code >= 128 || WORD[code] !== 1) {
      breaks = 0;
      continue;
    }
    if (
      BREAK[code] === 1 ||
      startsAtIgnoringCase(source, index, "http") ||
      startsAtIgnoringCase(source, index, "www.")
    ) {
      if (++breaks > MAX_BREAKS_PER_WORD) {
        return `the text holds a word with more than ${MAX_BREAKS_PER_WORD} of * _ ~ \` ! "http" "www." and no space, which the Markdown reader slows down on; put spaces in it, or escape the punctuation with a backslash (\\*)`;
      }
    }
  }
  if (runs > MAX_EMPHASIS_DELIMITER_RUNS) {
    return `the text has ${runs.toLocaleString("en-US")} runs of * _ ~ (at most ${MAX_EMPHASIS_DELIMITER_RUNS} in one paragraph, heading, list item or table cell), which the Markdown reader slows down on; split it, or escape the ones that are not emphasis with a backslash (\\*)`;
  }
  return undefined;
}
