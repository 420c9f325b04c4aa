import { type ConvertContext, note } from "./convert-context.js";
import { InlineRun } from "./inline-run.js";
import { readFlow } from "./read-flow.js";

/**
 * A `<pre>` as a paragraph of code-marked text that keeps its spaces and line breaks: the model
 * has no code block, which is noted.
 */
export function readPreformatted(element: Element, context: ConvertContext): void {
  const { marks, href } = context.format;
  const code: ConvertContext = {
    ...context,
    format: { marks: marks.includes("code") ? marks : [...marks, "code"], href },
  };
  const run = new InlineRun(true);
  readFlow(element, code, run);
  const content = run.take();
  if (!content) return;
  note(
    context,
    "code-block",
    "Kept a <pre> block as a paragraph of code text; the model has no code block.",
  );
  context.blocks.push({ type: "paragraph", content });
}
