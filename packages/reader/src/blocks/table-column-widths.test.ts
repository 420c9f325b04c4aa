import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableColumnWidths } from "./table-column-widths.js";

describe("tableColumnWidths", () => {
  it("gives every column its natural width when they fit", () => {
    expect(tableColumnWidths([4, 10, 3], [4, 5, 3], 30)).toEqual([4, 10, 3]);
  });

  it("shares the room beyond the minimums in proportion to what each column lacks", () => {
    expect(tableColumnWidths([10, 40], [5, 8], 30)).toEqual([7, 23]);
  });

  it("scales the minimums down when even they do not fit, never below the floor", () => {
    expect(tableColumnWidths([30, 30, 4], [20, 20, 4], 20)).toEqual([8, 8, 4]);
    expect(tableColumnWidths([30, 30, 30], [30, 30, 30], 6)).toEqual([2, 2, 2]);
  });

  it("never exceeds the room nor goes below the floor", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { minLength: 1, maxLength: 8 }),
        fc.nat(200),
        (columns, room) => {
          const available = Math.max(room, columns.length * 2);
          const natural = columns.map(([a, b]) => Math.max(a, b));
          const minimum = columns.map(([a, b]) => Math.min(a, b));
          const widths = tableColumnWidths(natural, minimum, available);
          expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(available);
          widths.forEach((width, index) => {
            expect(width).toBeGreaterThanOrEqual(Math.min(2, Math.max(1, natural[index] ?? 0)));
            expect(width).toBeLessThanOrEqual(Math.max(1, natural[index] ?? 0));
          });
        },
      ),
    );
  });
});
