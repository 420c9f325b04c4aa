import type { Token, Tokens } from "marked";
import { bodyOverLimit } from "../limits.js";
import { readBlockquote } from "./blocks/read-blockquote.js";
import { attributeListsAsListEnds, readListForm } from "./blocks/read-list.js";
import { readParagraph } from "./blocks/read-paragraph.js";
import { type BodyOptions, ReadContext } from "./read-context.js";
import { readImageHtml } from "./read-html.js";
import { plainText, readInline } from "./read-inline.js";
import { countLines } from "./source-text.js";

/** Reads an ATX heading: `# ` first in the body is the headline, `##`–`####` are subheads. */
function readHeading(token: Tokens.Heading, line: number, context: ReadContext): void {
  if (!token.raw.trimStart().startsWith("#")) {
    context.error(line, "underlined (setext) headings are not supported; write ## Heading instead");
    return;
  }
  const content = readInline(token.tokens, line, context);
  if (token.depth === 1 && (context.blocks.length > 0 || context.headline)) {
    context.error(
      line,
      "a level-1 heading is the headline and may only open the body; use ## to #### for subheads",
    );
  } else if (token.depth === 1) {
    context.headline = { text: plainText(content, line, context, "the headline"), line };
  } else if (token.depth > 4) {
    context.error(line, `level-${token.depth} headings are not supported; use ## to ####`);
  } else {
    context.add({ type: "heading", level: token.depth as 2 | 3 | 4, content }, line);
  }
}

function readTable(token: Tokens.Table, line: number, context: ReadContext): void {
  context.add(
    {
      type: "table",
      header: token.header.map((cell) => readInline(cell.tokens, line, context)),
      rows: token.rows.map((row, index) =>
        row.map((cell) => readInline(cell.tokens, line + 2 + index, context)),
      ),
      ...(token.align.some((align) => align !== null) ? { align: [...token.align] } : {}),
    },
    line,
  );
}

function unsupported(token: Token): string {
  const comment = token.raw.trimStart().startsWith("<!--");
  if (token.type === "code" && token.codeBlockStyle === "indented") {
    return "indented code blocks are not supported (4 leading spaces make one); remove the indentation";
  } else if (token.type === "code") {
    return "code blocks are not supported: the article model has none; use inline `code` or remove the block";
  } else if (token.type === "html" && comment) {
    return "HTML comments are not supported: the article cannot keep them; delete the comment";
  } else if (token.type === "html") {
    return "raw HTML blocks are not supported; only <sub> and <sup> inside text are";
  }
  return `unsupported Markdown (${token.type}); remove it`;
}

function readBlock(token: Token, line: number, context: ReadContext): void {
  if (token.type === "paragraph") readParagraph(token as Tokens.Paragraph, line, context);
  else if (token.type === "heading") readHeading(token as Tokens.Heading, line, context);
  else if (token.type === "blockquote") readBlockquote(token as Tokens.Blockquote, line, context);
  else if (token.type === "table") readTable(token as Tokens.Table, line, context);
  else if (token.type === "hr") context.add({ type: "divider" }, line);
  else if (token.type === "def" && String(token.tag).startsWith("^")) {
    context.error(line, "footnotes are not supported; write the note into the text");
    context.use(String(token.tag));
  } else if (token.type !== "def" && token.type !== "space") {
    const block = readListForm(token, line, context) ?? readImageHtml(token, context);
    if (block === undefined) context.error(line, unsupported(token));
    else if (block !== "end") context.add(block, line);
  }
}

/**
 * Reads the Markdown body (after the front matter) into model blocks, each with the file line it
 * starts on (`firstLine` is the body's), and every error with its line.
 */
export function readBody(
  source: string,
  firstLine: number,
  options: BodyOptions = {},
): Pick<ReadContext, "blocks" | "headline" | "errors"> {
  const limit = bodyOverLimit(source, firstLine);
  if (limit) return { blocks: [], errors: [limit] };
  const context = new ReadContext(options);
  const lexed = context.family === "kramdown" ? attributeListsAsListEnds(source) : source;
  let line = firstLine;
  for (const token of context.lex(lexed, firstLine)) {
    readBlock(token, line, context);
    if (token.type !== "space") context.previous = token;
    line += countLines(token.raw);
  }
  for (const [label, definition] of context.definitions) {
    if (!definition.used) {
      context.error(definition.line, `the definition [${label}] is never used; remove it`);
    }
  }
  context.errors.sort((a, b) => a.line - b.line);
  return context;
}
