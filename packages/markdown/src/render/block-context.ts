import type { AsideBlock, Block } from "@broadsheet/article";
import type { TextFilter } from "./text-filter.js";

/** What a block renderer may need to know about its surroundings. */
export interface BlockContext {
  /** The block written just before this one at the same level. */
  previous?: Block | AsideBlock;
  /** For a list right after a list of the same kind: whether it uses `*` / `1)` instead. */
  alternate?: boolean;
  /** Whether the `[!PULLQUOTE]` and `[!ASIDE]` markers are written (default true). */
  markers?: boolean;
  /** The profile's extra pass over inline text, handed to every inline render. */
  textFilter?: TextFilter;
}
