import type { Block } from "@broadsheet/article";
import type { MarkdownError } from "./markdown-result.js";
import { readBody } from "./read/read-body.js";

/** Reads a Markdown body back into blocks (errors included), for handler tests. */
export function readBack(markdown: string): { blocks: Block[]; errors: MarkdownError[] } {
  const body = readBody(markdown, 1);
  return { blocks: body.blocks.map((placed) => placed.block), errors: body.errors };
}
