import { type ConvertContext, note } from "./convert-context.js";
import { InlineRun } from "./inline-run.js";
import { flush, readFlow, readNode } from "./read-flow.js";

/**
 * A `<dl>` as paragraphs: each term a paragraph in bold, each definition the paragraphs it
 * holds. The model has no definition list, which is noted.
 */
export function readDefinitionList(element: Element, context: ConvertContext): void {
  note(
    context,
    "definition-list",
    "Made a definition list (<dl>) paragraphs, each term in bold; the model has no definition list.",
  );
  const run = new InlineRun();
  for (let node = element.firstChild; node; node = node.nextSibling) {
    const name = node.nodeType === 1 ? (node as Element).localName.toLowerCase() : "";
    if (name !== "dt") {
      readNode(node, context, run);
      continue;
    }
    flush(context, run);
    const { marks, href } = context.format;
    const bold: ConvertContext = {
      ...context,
      format: { marks: marks.includes("strong") ? marks : [...marks, "strong"], href },
    };
    readFlow(node, bold, run);
    flush(context, run);
  }
  flush(context, run);
}
