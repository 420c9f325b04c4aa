import type { AsideBlock, Block } from "@broadsheet/article";

/**
 * For each block, whether it is a list written with the alternate marker (`*`, `1)`): every
 * other list in a run of lists of the same kind, so that adjacent lists do not merge.
 */
export function listVariants(blocks: readonly (Block | AsideBlock)[]): boolean[] {
  const variants: boolean[] = [];
  let previous: Block | AsideBlock | undefined;
  let alternate = false;
  for (const block of blocks) {
    const follows =
      block.type === "list" && previous?.type === "list" && previous.ordered === block.ordered;
    alternate = follows ? !alternate : false;
    variants.push(alternate);
    previous = block;
  }
  return variants;
}
