import type { AsideBlock, Block } from "@broadsheet/article";

/** Where a list stands among the lists of the same kind right before and after it. */
export interface ListPlace {
  /** Written with the alternate marker (`*`, `1)`): every other list in a run of such lists. */
  alternate: boolean;
  /** A list of the same kind comes right after it. */
  followed: boolean;
}

const sameKind = (a: Block | AsideBlock | undefined, b: Block | AsideBlock | undefined) =>
  a?.type === "list" && b?.type === "list" && a.ordered === b.ordered;

/**
 * For each block, its place among adjacent lists of the same kind (for a block that is not a
 * list, neither alternate nor followed), so that adjacent lists can be kept from merging.
 */
export function listVariants(blocks: readonly (Block | AsideBlock)[]): ListPlace[] {
  const places: ListPlace[] = [];
  let alternate = false;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    alternate = sameKind(blocks[index - 1], block) ? !alternate : false;
    places.push({ alternate, followed: sameKind(block, blocks[index + 1]) });
  }
  return places;
}
