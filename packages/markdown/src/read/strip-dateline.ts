import { Dateline } from "@broadsheet/article";
import { datelinePrefix } from "../dateline-prefix.js";
import type { PlacedBlock } from "./read-context.js";

/**
 * Removes the printed dateline (`**KYIV, Ukraine (AP) —** `) from the start of the lead paragraph
 * when it matches the front matter's dateline exactly.
 */
export function stripDateline(blocks: PlacedBlock[], dateline: unknown): void {
  const parsed = Dateline.safeParse(dateline);
  const lead = blocks.find((placed) => placed.block.type === "paragraph");
  if (!parsed.success || lead?.block.type !== "paragraph") return;
  const [first, second, ...rest] = lead.block.content;
  const printed = first?.text === datelinePrefix(parsed.data) && first.marks?.join() === "strong";
  if (!printed || first.href !== undefined || !second?.text.startsWith(" ")) return;
  const content = second.text === " " ? rest : [{ ...second, text: second.text.slice(1) }, ...rest];
  if (content.length > 0) lead.block = { ...lead.block, content };
}
