import type { Token, Tokens } from "marked";
import { readBlockquote } from "./blocks/read-blockquote.js";
import { readHeading } from "./blocks/read-heading.js";
import { readParagraph } from "./blocks/read-paragraph.js";
import { readTable } from "./blocks/read-table.js";
import { readUnsupported } from "./blocks/read-unsupported.js";
import type { BodyState } from "./body-state.js";
import { readImageHtml } from "./read-image-html.js";
import { readListForm } from "./read-list-forms.js";

/** Reads one block token of the body into the state, dispatching on its type. */
export function readBlock(token: Token, line: number, state: BodyState): void {
  switch (token.type) {
    case "space":
      return;
    case "def":
      if (String(token.tag).startsWith("^")) {
        state.context.error(line, "footnotes are not supported; write the note into the text");
        state.context.use(String(token.tag));
      }
      return;
    case "paragraph":
      readParagraph(token as Tokens.Paragraph, line, state);
      return;
    case "heading":
      readHeading(token as Tokens.Heading, line, state);
      return;
    case "blockquote":
      readBlockquote(token as Tokens.Blockquote, line, state);
      return;
    case "table":
      state.blocks.push({ block: readTable(token as Tokens.Table, line, state.context), line });
      return;
    case "hr":
      state.blocks.push({ block: { type: "divider" }, line });
      return;
    default: {
      const block = readListForm(token, line, state.context) ?? readImageHtml(token, state.context);
      if (block === undefined) readUnsupported(token, line, state.context);
      else if (block !== "end") state.blocks.push({ block, line });
    }
  }
}
