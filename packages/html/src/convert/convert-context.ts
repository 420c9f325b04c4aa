import type { Block } from "@broadsheet/article";
import type { HtmlRule } from "../html-rule.js";
import type { Notes } from "../notes.js";
import type { SpanFormat } from "./inline-run.js";

/** What reading one part of the page needs: where its blocks go, and what is in force there. */
export interface ConvertContext {
  /** The URL relative URLs resolve against: the page's `<base>`, else the page's own URL. */
  base: string | undefined;
  notes: Notes;
  /** Where the blocks read here are appended. */
  blocks: Block[];
  /** The index in the article's body that the next block read here will have or sit in. */
  at: () => number;
  /** The marks and link around what is read. */
  format: SpanFormat;
  /** Nodes another part of the element has taken (a quote's attribution, a caption's credit). */
  skip?: ReadonlySet<Node>;
}

/** A context whose blocks are collected apart (for an item or cell), at the same body position. */
export function innerContext(context: ConvertContext): ConvertContext {
  return { ...context, blocks: [] };
}

/** A note at the block being read. */
export function note(context: ConvertContext, rule: HtmlRule, what: string): void {
  context.notes.add(rule, what, context.at());
}
