import type { Token, Tokens } from "marked";
import type { BodyState } from "../body-state.js";
import { plainText } from "../plain-text.js";
import { readInline } from "../read-inline.js";
import { readEmbed } from "./read-embed.js";
import { readImage } from "./read-image.js";

const CAPTION_PREFIX = "Table: ";

function startsWithLineBreak(token: Token | undefined): boolean {
  return token?.type === "br" || (token?.type === "text" && /^[ \t]*\n/.test(token.raw));
}

function readTableCaption(token: Tokens.Paragraph, line: number, state: BodyState): boolean {
  const last = state.blocks.at(-1);
  if (state.previous?.type !== "table" || last?.block.type !== "table") return false;
  if (last.block.caption !== undefined || !token.text.startsWith(CAPTION_PREFIX)) return false;
  const { context } = state;
  const spans = readInline(
    context.lexInline(token.text.slice(CAPTION_PREFIX.length)),
    line,
    context,
  );
  last.block.caption = plainText(spans, line, context, "a table caption");
  return true;
}

/**
 * Reads a paragraph token: an image (alone, caption on the next lines), an embed (a lone link
 * titled `embed`), the caption of the table before it (`Table: …`), or running text.
 */
export function readParagraph(token: Tokens.Paragraph, line: number, state: BodyState): void {
  const { context } = state;
  const [first, second] = token.tokens;
  if (first?.type === "image") {
    if (second !== undefined && !startsWithLineBreak(second)) {
      context.error(
        line,
        "an image must stand alone in its paragraph (its caption goes on the next line)",
      );
      return;
    }
    const captionTokens = token.tokens.slice(second?.type === "br" ? 2 : 1);
    const caption = second === undefined ? undefined : readInline(captionTokens, line, context);
    state.blocks.push({ block: readImage(first as Tokens.Image, caption, line, context), line });
    return;
  }
  if (first?.type === "link" && second === undefined) {
    const embed = readEmbed(first as Tokens.Link, line, context);
    if (embed) {
      state.blocks.push({ block: embed, line });
      return;
    }
  }
  if (readTableCaption(token, line, state)) return;
  state.blocks.push({
    block: { type: "paragraph", content: readInline(token.tokens, line, context) },
    line,
  });
}
