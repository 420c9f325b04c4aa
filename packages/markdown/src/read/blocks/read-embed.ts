import type { Embed } from "@broadsheet/article";
import type { Tokens } from "marked";
import { decodeTarget } from "../link-target.js";
import { plainText } from "../plain-text.js";
import type { ReadContext } from "../read-context.js";
import { readInline } from "../read-inline.js";
import { rawLinkTarget } from "../read-link-target.js";

const EMBED_TITLE = /^embed(?::[ \t]*([\s\S]*))?$/;

/** Reads `[Fallback](url "embed: Provider")`; undefined when the link is not an embed. */
export function readEmbed(
  token: Tokens.Link,
  line: number,
  context: ReadContext,
): Embed | undefined {
  if (token.autolink) return undefined;
  const target = decodeTarget(rawLinkTarget(token, context));
  const match = target.title === undefined ? null : EMBED_TITLE.exec(target.title);
  if (!match) return undefined;
  const fallback = plainText(
    readInline(token.tokens, line, context, { linkText: true }),
    line,
    context,
    "embed fallback text",
  );
  const embed: Embed = { type: "embed", url: target.href, fallback };
  const provider = match[1]?.trim();
  if (provider) embed.provider = provider;
  return embed;
}
