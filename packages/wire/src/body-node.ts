import type { Block } from "@broadsheet/article";

/** A body block being built, with the source lines it came from. */
export interface BodyNode {
  block: Block;
  /** First and last source line of the block (blank lines inside included). */
  first: number;
  last: number;
  /** For a numbered list, the number the next item would have if the list went on. */
  nextNumber?: number;
}
