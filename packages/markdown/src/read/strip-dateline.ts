import { Dateline, type Inline } from "@broadsheet/article";
import { datelinePrefix } from "../dateline-prefix.js";
import type { PlacedBlock } from "./body-state.js";

function withoutPrefix(content: Inline, prefix: string): Inline | undefined {
  const [first, second, ...rest] = content;
  const isPrefix =
    first?.text === prefix &&
    first.href === undefined &&
    first.marks?.length === 1 &&
    first.marks[0] === "strong";
  if (!isPrefix || second === undefined || !second.text.startsWith(" ")) return undefined;
  const remainder = second.text.slice(1);
  return remainder === "" ? rest : [{ ...second, text: remainder }, ...rest];
}

/**
 * Removes the printed dateline (`**KYIV, Ukraine (AP) —** `) from the start of the lead paragraph
 * when it matches the front matter's dateline exactly.
 */
export function stripDateline(blocks: PlacedBlock[], dateline: unknown): void {
  const parsed = Dateline.safeParse(dateline);
  if (!parsed.success) return;
  const lead = blocks.find((placed) => placed.block.type === "paragraph");
  if (lead?.block.type !== "paragraph") return;
  const content = withoutPrefix(lead.block.content, datelinePrefix(parsed.data));
  if (content && content.length > 0) lead.block = { ...lead.block, content };
}
