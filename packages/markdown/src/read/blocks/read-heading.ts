import type { Tokens } from "marked";
import type { BodyState } from "../body-state.js";
import { plainText } from "../plain-text.js";
import { readInline } from "../read-inline.js";

/** Reads an ATX heading: `# ` first in the body is the headline, `##`–`####` are subheads. */
export function readHeading(token: Tokens.Heading, line: number, state: BodyState): void {
  const { context } = state;
  if (!token.raw.trimStart().startsWith("#")) {
    context.error(line, "underlined (setext) headings are not supported; write ## Heading instead");
    return;
  }
  const content = readInline(token.tokens, line, context);
  if (token.depth === 1) {
    if (state.blocks.length > 0 || state.headline) {
      context.error(
        line,
        "a level-1 heading is the headline and may only open the body; use ## to #### for subheads",
      );
      return;
    }
    state.headline = { text: plainText(content, line, context, "the headline"), line };
    return;
  }
  if (token.depth > 4) {
    context.error(line, `level-${token.depth} headings are not supported; use ## to ####`);
    return;
  }
  state.blocks.push({
    block: { type: "heading", level: token.depth as 2 | 3 | 4, content },
    line,
  });
}
