import type { ExpectedLeaf } from "../expected/expected-leaves.js";
import type { Leaf } from "../extract/leaf.js";
import { normalizeFact, normalizeTypography } from "./normalize.js";

/** A difference between expected and shown leaves, before it is put on a file and platform. */
export interface LeafDifference {
  block: number;
  what: string;
  expected: string;
  got: string;
  /** Text to find the block's line in the exported file by. */
  locate?: string;
}

function words(leaf: Leaf): Set<string> {
  return new Set(normalizeTypography(leaf.text).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How alike two leaves of one kind are: 1 plus the share of words they have in common. */
function likeness(a: Leaf, b: Leaf, aWords: Set<string>, bWords: Set<string>): number {
  if (a.kind !== b.kind) return 0;
  if (normalizeTypography(a.text) === normalizeTypography(b.text)) return 2;
  const union = new Set([...aWords, ...bWords]).size;
  let shared = 0;
  for (const word of aWords) if (bWords.has(word)) shared++;
  return 1 + (union === 0 ? 0 : shared / union);
}

/**
 * Pairs expected and shown leaves in order: leaves of one kind may pair, and of the orderings
 * the one whose pairs share the most words wins, so a lost block shifts nothing after it.
 */
function align(expected: readonly Leaf[], got: readonly Leaf[]): [number, number][] {
  const columns = got.length + 1;
  const table = new Float64Array((expected.length + 1) * columns);
  const expectedWords = expected.map(words);
  const gotWords = got.map(words);
  const score = (i: number, j: number) =>
    likeness(
      expected[i] as Leaf,
      got[j] as Leaf,
      expectedWords[i] as Set<string>,
      gotWords[j] as Set<string>,
    );
  for (let i = expected.length - 1; i >= 0; i--) {
    for (let j = got.length - 1; j >= 0; j--) {
      const pair = score(i, j);
      const paired = pair > 0 ? pair + (table[(i + 1) * columns + j + 1] as number) : 0;
      table[i * columns + j] = Math.max(
        paired,
        table[(i + 1) * columns + j] as number,
        table[i * columns + j + 1] as number,
      );
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < expected.length && j < got.length) {
    const here = table[i * columns + j] as number;
    const pair = score(i, j);
    if (pair > 0 && here === pair + (table[(i + 1) * columns + j + 1] as number)) {
      pairs.push([i++, j++]);
    } else if (here === (table[(i + 1) * columns + j] as number)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** A leaf in one line: its kind and place, its text, and its links, images and marks. */
export function describeLeaf(leaf: Leaf): string {
  const parts = [
    `${leaf.kind}${leaf.place === undefined ? "" : ` (${leaf.place})`}: ${JSON.stringify(leaf.text)}`,
  ];
  if (leaf.links.length > 0) parts.push(`links ${JSON.stringify(leaf.links)}`);
  if (leaf.images.length > 0) parts.push(`images ${JSON.stringify(leaf.images)}`);
  if (leaf.marks.length > 0) parts.push(`marks ${JSON.stringify(leaf.marks)}`);
  return parts.join("; ");
}

function sameList(a: readonly string[], b: readonly string[], sort: boolean): boolean {
  const left = a.map(normalizeFact);
  const right = b.map(normalizeFact);
  if (sort) {
    left.sort();
    right.sort();
  }
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

function compareLeaf(block: number, expected: Leaf, got: Leaf, out: LeafDifference[]): void {
  if (normalizeTypography(expected.text) !== normalizeTypography(got.text)) {
    out.push({
      block,
      what: `${expected.kind} text`,
      expected: expected.text,
      got: got.text,
      locate: expected.text,
    });
  }
  if (expected.place !== got.place) {
    out.push({
      block,
      what: `${expected.kind} place`,
      expected: expected.place ?? "",
      got: got.place ?? "",
      locate: expected.text,
    });
  }
  const lists = [
    ["links", expected.links, got.links, false],
    ["images", expected.images, got.images, false],
    ["marks", expected.marks, got.marks, true],
  ] as const;
  for (const [what, want, have, sort] of lists) {
    if (!sameList(want, have, sort)) {
      out.push({
        block,
        what: `${expected.kind} ${what}`,
        expected: JSON.stringify(want),
        got: JSON.stringify(have),
        locate: expected.text,
      });
    }
  }
}

/**
 * Compares what a page should show with what it shows: leaves are paired by kind in order
 * (so one lost or added block is one difference, not a cascade), then text (typography a site
 * adds aside), place, links, images and marks are compared.
 */
export function compareLeaves(
  expected: readonly ExpectedLeaf[],
  got: readonly Leaf[],
): LeafDifference[] {
  const out: LeafDifference[] = [];
  const pairs = align(
    expected.map((item) => item.leaf),
    got,
  );
  let i = 0;
  let j = 0;
  const blockAt = (index: number) => expected[Math.min(index, expected.length - 1)]?.block ?? -1;
  for (const [pairI, pairJ] of [...pairs, [expected.length, got.length] as [number, number]]) {
    for (; i < pairI; i++) {
      const item = expected[i] as ExpectedLeaf;
      out.push({
        block: item.block,
        what: "missing block",
        expected: describeLeaf(item.leaf),
        got: "",
        locate: item.leaf.text,
      });
    }
    for (; j < pairJ; j++) {
      const leaf = got[j] as Leaf;
      out.push({
        block: blockAt(i),
        what: "extra block",
        expected: "",
        got: describeLeaf(leaf),
        locate: leaf.text,
      });
    }
    if (pairI < expected.length && pairJ < got.length) {
      const item = expected[pairI] as ExpectedLeaf;
      compareLeaf(item.block, item.leaf, got[pairJ] as Leaf, out);
      i = pairI + 1;
      j = pairJ + 1;
    }
  }
  return out;
}
