import type { Block } from "@broadsheet/article";
import type { Token } from "marked";
import type { ReadContext } from "./read-context.js";

/** A block read from the body, with the line it starts on. */
export interface PlacedBlock {
  block: Block;
  line: number;
}

/** What the block readers of one body share. */
export interface BodyState {
  context: ReadContext;
  blocks: PlacedBlock[];
  /** The text of a leading `# Headline` line, if the body starts with one. */
  headline?: { text: string; line: number };
  /** Reading a non-canonical profile: a quote with a list inside is a (title-less) fact box. */
  portable?: boolean;
  /** The block token before the current one, ignoring blank lines. */
  previous?: Token;
}
