/** The longest slug or id the article model takes. */
const MAX_NAME = 200;

/**
 * Hands out names (slugs, ids) no earlier call was given: the first asker of a name gets it, the
 * next `name-2`, then `name-3`, and so on, cut so that the name stays within the model's 200
 * characters. The same names asked in the same order give the same answers, so a second import
 * of a feed writes the same files. Each name remembers the next number to try, so asking for one
 * name n times takes time linear in n.
 */
export class UniqueNames {
  readonly #taken = new Set<string>();
  readonly #next = new Map<string, number>();

  /** `name`, or the first free `name-N` (N from 2). */
  claim(name: string): string {
    let candidate = name;
    let n = this.#next.get(name) ?? 2;
    while (this.#taken.has(candidate)) {
      const suffix = `-${n}`;
      candidate = `${name.slice(0, MAX_NAME - suffix.length).replace(/-+$/, "")}${suffix}`;
      n++;
    }
    this.#next.set(name, n);
    this.#taken.add(candidate);
    return candidate;
  }
}
