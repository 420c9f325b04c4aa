import type { AsideBlock, Block } from "@broadsheet/article";
import type { ParserFamily } from "../parser-family.js";
import type { ListPlace } from "./list-variants.js";
import type { TextFilter } from "./text-filter.js";

/** What a block renderer may need to know about its surroundings. */
export interface BlockContext {
  /** The block written just before this one at the same level. */
  previous?: Block | AsideBlock;
  /** For a list: where it stands among the lists of the same kind right before and after it. */
  list?: ListPlace;
  /** Whether the `[!PULLQUOTE]` and `[!ASIDE]` markers are written (default true). */
  markers?: boolean;
  /** The profile's extra pass over inline text, handed to every inline render. */
  textFilter?: TextFilter;
  /** The parser the target reads with, for the constructs written in its own form (default commonmark). */
  family?: ParserFamily;
  /** Whether the target shows inline HTML such as `<br>` (see SHOWS_HTML). */
  html?: boolean;
}
