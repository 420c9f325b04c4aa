import type { Heading } from "@broadsheet/article";
import { type ConvertContext, note } from "./convert-context.js";
import { pushAll, readInline } from "./read-inline.js";

const LEVEL: Readonly<Record<string, Heading["level"]>> = {
  h1: 2,
  h2: 2,
  h3: 3,
  h4: 4,
  h5: 4,
  h6: 4,
};

/**
 * An `<h1>`…`<h6>` as a heading of level 2 to 4 (the headline is the article's only level 1):
 * `<h1>` becomes 2, and `<h5>` and `<h6>` become 4, each change noted.
 */
export function readHeading(element: Element, context: ConvertContext): void {
  const name = element.localName.toLowerCase();
  const level = LEVEL[name] ?? 4;
  const { content, rest } = readInline(element, context);
  if (content) {
    if (name === "h1" || name === "h5" || name === "h6") {
      note(
        context,
        "heading-level",
        `Made an <${name}> a level ${level} heading; the model's body headings are levels 2 to 4.`,
      );
    }
    context.blocks.push({ type: "heading", level, content });
  }
  pushAll(context.blocks, rest);
}
