import type { LinkReference } from "./layout-types.js";

/** Numbers link destinations in order of first appearance; a repeated destination keeps its number. */
export class LinkRegistry {
  readonly references: LinkReference[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of a destination, assigning the next one if it is new. */
  number(href: string): number {
    let number = this.numbers.get(href);
    if (number === undefined) {
      number = this.references.length + 1;
      this.numbers.set(href, number);
      this.references.push({ number, href });
    }
    return number;
  }
}
