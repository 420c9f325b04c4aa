import type { AsideBlock, Block } from "@broadsheet/article";

/** What a block renderer may need to know about its surroundings. */
export interface BlockContext {
  /** The block written just before this one at the same level. */
  previous?: Block | AsideBlock;
  /** For a list right after a list of the same kind: whether it uses `*` / `1)` instead. */
  alternate?: boolean;
}
