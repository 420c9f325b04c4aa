import type { Embed, Image, Inline } from "@broadsheet/article";
import type { Token, Tokens } from "marked";
import { decodeText } from "../decode-text.js";
import { rawLinkTarget, readLinkTarget } from "../link-target.js";
import type { ReadContext } from "../read-context.js";
import { plainText, readInline } from "../read-inline.js";

const CAPTION_PREFIX = "Table: ";
const EMBED_TITLE = /^embed(?::[ \t]*([\s\S]*))?$/;
const IMAGE_TITLE = /^(?:([\s\S]*) \| )?(?:(\d+)x(\d*)|x(\d+))$/;

/**
 * What an image title as written says (escapes and references not yet resolved): the credit,
 * then ` | WIDTHxHEIGHT`, either number may be left out.
 */
export function parseImageTitle(raw: string): Pick<Image, "credit" | "width" | "height"> {
  const [, credit, width, height, heightOnly] = IMAGE_TITLE.exec(raw) ?? ["", raw || undefined];
  const title: Pick<Image, "credit" | "width" | "height"> = {};
  if (credit !== undefined) title.credit = decodeText(credit);
  if (width) title.width = Number(width);
  if (height || heightOnly) title.height = Number(height || heightOnly);
  return title;
}

/** `![alt](src "credit | WxH")`, with the caption from the lines after it. */
function readImage(
  token: Tokens.Image,
  line: number,
  context: ReadContext,
  caption?: Inline,
): Image {
  const target = rawLinkTarget(token, context);
  const alt = readInline(token.tokens, line, context, { linkText: true });
  return {
    type: "image",
    src: decodeText(target.destination),
    alt: plainText(alt, line, context, "image alt text"),
    ...(caption && caption.length > 0 ? { caption } : {}),
    ...parseImageTitle(target.title ?? ""),
  };
}

/** `[Fallback](url "embed: Provider")`; undefined when the link is not an embed. */
function readEmbed(token: Tokens.Link, line: number, context: ReadContext): Embed | undefined {
  if (token.autolink) return undefined;
  const target = readLinkTarget(token, context);
  const match = EMBED_TITLE.exec(target.title ?? "");
  if (!match) return undefined;
  const fallback = readInline(token.tokens, line, context, { linkText: true });
  const provider = match[1]?.trim();
  return {
    type: "embed",
    url: target.href,
    fallback: plainText(fallback, line, context, "embed fallback text"),
    ...(provider ? { provider } : {}),
  };
}

function startsWithLineBreak(token: Token | undefined): boolean {
  return token?.type === "br" || (token?.type === "text" && /^[ \t]*\n/.test(token.raw));
}

/**
 * Reads a paragraph token: an image (alone, caption on the next lines), an embed (a lone link
 * titled `embed`), the caption of the table before it (`Table: …`), or running text.
 */
export function readParagraph(token: Tokens.Paragraph, line: number, context: ReadContext): void {
  const [first, second] = token.tokens;
  if (first?.type === "image") {
    if (second !== undefined && !startsWithLineBreak(second)) {
      context.error(
        line,
        "an image must stand alone in its paragraph (its caption goes on the next line)",
      );
      return;
    }
    const rest = token.tokens.slice(second?.type === "br" ? 2 : 1);
    const caption = second === undefined ? undefined : readInline(rest, line, context);
    context.add(readImage(first as Tokens.Image, line, context, caption), line);
    return;
  }
  const embed = first?.type === "link" && !second && readEmbed(first as Tokens.Link, line, context);
  const table = context.blocks.at(-1)?.block;
  if (embed) {
    context.add(embed, line);
  } else if (
    context.previous?.type === "table" &&
    table?.type === "table" &&
    table.caption === undefined &&
    token.text.startsWith(CAPTION_PREFIX)
  ) {
    const source = token.text.slice(CAPTION_PREFIX.length);
    const caption = readInline(context.lexInline(source), line, context);
    table.caption = plainText(caption, line, context, "a table caption");
  } else {
    context.add({ type: "paragraph", content: readInline(token.tokens, line, context) }, line);
  }
}
