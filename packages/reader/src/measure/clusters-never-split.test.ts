import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitWidth } from "../app/fit-width.js";
import { statusRow } from "../app/status-row.js";
import { lineText } from "../layout/line-text.js";
import { testLayout } from "../layout/test-layout.js";
import { searchLayout } from "../search/search-layout.js";
import { displayWidth } from "./display-width.js";
import { TRICKY_TEXTS } from "./test-tricky-characters.js";
import { withoutLastCluster } from "./without-last-cluster.js";
import { wrapText } from "./wrap-text.js";

const segmenter = new Intl.Segmenter();
const clustersOf = (text: string) => [...segmenter.segment(text)].map(({ segment }) => segment);

/** Cluster start offsets of a text, and its length. */
function boundaries(text: string): Set<number> {
  const out = new Set([...segmenter.segment(text)].map(({ index }) => index));
  out.add(text.length);
  return out;
}

/** Whether every cluster of `piece` is a whole cluster of `source` (or one of `extra`), in order. */
function wholeClusters(piece: string, source: string, extra: readonly string[] = []): boolean {
  const from = clustersOf(source);
  let at = 0;
  for (const cluster of clustersOf(piece)) {
    if (extra.includes(cluster)) continue;
    while (at < from.length && from[at] !== cluster) at++;
    if (at === from.length) return false;
    at++;
  }
  return true;
}

const PIECES = [
  ...TRICKY_TEXTS.map(({ text }) => text).filter((text) => !/[\u2028\u200b\u00ad]/.test(text)),
  "word",
  "a",
  " ",
  "  ",
  "-",
  "中文",
];
const tricky = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(""));

describe("grapheme clusters are never split", () => {
  it("by fitWidth (truncation, as in the status line)", () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: 1, max: 30 }), (text, width) => {
        const out = fitWidth(text, width, true);
        expect(displayWidth(out)).toBe(width);
        expect(wholeClusters(out.trimEnd(), text, ["…"])).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("by the status line, which is always exactly as wide as the terminal", () => {
    const family = "\u{1F468}\u200d\u{1F469}\u200d\u{1F467}";
    for (let columns = 10; columns < 40; columns++) {
      const left = `Section ${family}${family}\u3164${family} title`;
      const row = statusRow(left, "42%  3 min left  h help", columns, {});
      expect(displayWidth(row)).toBe(columns);
      expect(wholeClusters(row, `${left} 42%  3 min left  h help`, ["…", " "])).toBe(true);
    }
  });

  it("by wrapText, and no line is wider than the column unless one cluster is", () => {
    fc.assert(
      fc.property(tricky, fc.integer({ min: 1, max: 20 }), (text, width) => {
        for (const line of wrapText([{ text }], width)) {
          const shown = line.map((segment) => segment.text).join("");
          expect(wholeClusters(shown, text)).toBe(true);
          if (clustersOf(shown).length > 1) expect(displayWidth(shown)).toBeLessThanOrEqual(width);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("by search matches, which cover whole clusters", () => {
    const family = "\u{1F468}\u200d\u{1F469}\u200d\u{1F467}";
    const layout = testLayout([`our ${family} and e\u0301te\u0301 and \u{1F44D}\u{1F3FD}`]);
    const text = lineText(layout.lines[0] ?? { segments: [], block: 0, lineInBlock: 0 });
    const cuts = boundaries(text);
    for (const query of ["\u{1F469}", "\u200d", "e", "\u0301", "\u{1F3FD}", "\u{1F44D}"]) {
      const matches = searchLayout(layout, query);
      expect(matches.length, query).toBeGreaterThan(0);
      for (const match of matches) {
        expect(cuts.has(match.start) && cuts.has(match.end), `${query} at ${match.start}`).toBe(
          true,
        );
      }
    }
  });

  it("by erasing the last character typed (search prompt, library filter)", () => {
    const family = "\u{1F468}\u200d\u{1F469}\u200d\u{1F467}";
    expect(withoutLastCluster(`ab${family}`)).toBe("ab");
    expect(withoutLastCluster("ae\u0301")).toBe("a");
    expect(withoutLastCluster("\u{1F1FA}\u{1F1F8}")).toBe("");
    expect(withoutLastCluster("")).toBe("");
    fc.assert(
      fc.property(tricky, (text) => {
        const kept = withoutLastCluster(text);
        expect(clustersOf(kept)).toEqual(clustersOf(text).slice(0, -1));
      }),
    );
  });
});
