import type { Image, Inline } from "@broadsheet/article";
import type { Tokens } from "marked";
import { decodeText } from "../decode-text.js";
import { parseImageTitle } from "../parse-image-title.js";
import { plainText } from "../plain-text.js";
import type { ReadContext } from "../read-context.js";
import { readInline } from "../read-inline.js";
import { rawLinkTarget } from "../read-link-target.js";

/** Reads `![alt](src "credit | WxH")`, with the caption from the lines after it. */
export function readImage(
  token: Tokens.Image,
  caption: Inline | undefined,
  line: number,
  context: ReadContext,
): Image {
  const target = rawLinkTarget(token, context);
  const alt = plainText(
    readInline(token.tokens, line, context, { linkText: true }),
    line,
    context,
    "image alt text",
  );
  const image: Image = { type: "image", src: decodeText(target.destination), alt };
  if (caption && caption.length > 0) image.caption = caption;
  const title = parseImageTitle(target.title ?? "");
  if (title.credit !== undefined) image.credit = title.credit;
  if (title.width !== undefined) image.width = title.width;
  if (title.height !== undefined) image.height = title.height;
  return image;
}
