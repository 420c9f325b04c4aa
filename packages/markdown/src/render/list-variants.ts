import type { AsideBlock, Block } from "@broadsheet/article";

/**
 * For each block, whether it is a list written with the alternate marker (`*`, `1)`): every
 * other list in a run of lists of the same kind, so that adjacent lists do not merge.
 */
export function listVariants(blocks: readonly (Block | AsideBlock)[]): boolean[] {
  const variants: boolean[] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    const follows =
      block.type === "list" && previous?.type === "list" && previous.ordered === block.ordered;
    variants.push(follows ? !variants[index - 1] : false);
  });
  return variants;
}
