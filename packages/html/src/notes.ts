import type { ImportWarning } from "@broadsheet/article";
import type { HtmlRule } from "./html-rule.js";

/** How many distinct warnings one import keeps before it says the rest were left out. */
export const MAX_DISTINCT_WARNINGS = 200;

interface Entry {
  rule: HtmlRule;
  what: string;
  block: number | undefined;
  count: number;
}

/**
 * Collects the import's warnings. The same rule about the same thing (`<script>`, a URL scheme)
 * is one warning with a count and the first block it concerns, so a page with ten thousand
 * scripts gives one line, not ten thousand.
 */
export class Notes {
  readonly #entries = new Map<string, Entry>();
  #omitted = 0;

  /** Records `what` under `rule`, at the body block of index `block` (none for the page). */
  add(rule: HtmlRule, what: string, block: number | undefined): void {
    const key = `${rule}\u0000${what}`;
    const entry = this.#entries.get(key);
    if (entry) {
      entry.count++;
      return;
    }
    if (this.#entries.size >= MAX_DISTINCT_WARNINGS) {
      this.#omitted++;
      return;
    }
    this.#entries.set(key, { rule, what, block, count: 1 });
  }

  /** The warnings in the order first seen; a block index past the body's end is left out. */
  toWarnings(blockCount: number): ImportWarning[] {
    const warnings: ImportWarning[] = [];
    for (const { rule, what, block, count } of this.#entries.values()) {
      const note = count > 1 ? `${what} (${count} times)` : what;
      const where = block !== undefined && block < blockCount ? { block } : {};
      warnings.push({ ...where, rule, note });
    }
    if (this.#omitted > 0) {
      warnings.push({
        rule: "more-warnings",
        note: `${this.#omitted} more warnings of other kinds were left out; the page is unusually messy, so check the article against it.`,
      });
    }
    return warnings;
  }
}
