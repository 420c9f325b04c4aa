import { timeRatio } from "@broadsheet/article/testing";
import { describe, expect, it } from "vitest";
import { layoutArticle } from "./layout-article.js";
import { PATHOLOGICAL_SHAPES, pathologicalArticle } from "./test-pathological-articles.js";

/**
 * The reader's layout takes time linear in the article: for every pathological shape, four
 * times the input takes well under twelve times as long (a quadratic step takes sixteen). Ratios
 * of two sizes, best of three, never a wall-clock limit: the machine is shared and noisy.
 */
const FACTOR = 4;
const LIMIT = 12;

const options = { width: 72, hyperlinks: false, readingMinutes: 5 } as const;

describe("layoutArticle runs in linear time", () => {
  it("on every pathological shape", () => {
    const report: string[] = [];
    for (const shape of PATHOLOGICAL_SHAPES) {
      const measure = (start: number, maxSize: number) =>
        timeRatio(
          (n) => pathologicalArticle(shape, n),
          (article) => layoutArticle(article, options),
          { start, factor: FACTOR, minimumMs: 20, maxSize },
        );
      let measured = measure(16_000, 512_000);
      // A ratio over the limit is measured once more: load on the machine comes in bursts, and
      // where the larger input no longer fits V8's young generation the garbage collector's
      // cost jumps once. Past that jump (four times larger, when that stays quick) time grows
      // with the input again, while a quadratic step still takes sixteen times as long.
      if (measured.ratio >= LIMIT) {
        const start = measured.largeMs < 1000 ? measured.size * FACTOR : measured.size;
        measured = measure(start, start);
      }
      const line = `${shape.name}: ${measured.size} -> ${measured.size * FACTOR}: ${measured.smallMs.toFixed(1)} -> ${measured.largeMs.toFixed(1)} ms (x${measured.ratio.toFixed(1)})`;
      if (process.env.BROADSHEET_PRINT_RATIOS) console.log(line);
      if (measured.ratio >= LIMIT) report.push(line);
    }
    expect(report).toEqual([]);
  }, 600_000);
});
