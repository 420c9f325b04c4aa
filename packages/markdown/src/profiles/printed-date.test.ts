import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { englishLongDate, printedDate } from "./gfm.js";

const intl = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

const digits = (length: number) =>
  fc.integer({ min: 0, max: 10 ** length - 1 }).map((n) => String(n).padStart(length, "0"));

describe("englishLongDate", () => {
  it("writes what Intl writes for English long dates, for any date-time the model may hold", () => {
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (year, month, day) => {
        const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
        expect(englishLongDate(time)).toBe(intl.format(time));
        expect(printedDate(`${year}-${month}-${day}T10:00:00Z`, "en")).toBe(intl.format(time));
      }),
      { numRuns: 5000 },
    );
  });

  it("matches Intl at the edges: leap days, overflowing days and months, years before 100", () => {
    for (const [year, month, day] of [
      [2024, 2, 29],
      [2023, 2, 29],
      [2025, 0, 0],
      [2025, 13, 1],
      [2025, 12, 31],
      [99, 1, 1],
      [0, 1, 1],
      [100, 1, 1],
      [999, 6, 15],
      [9999, 12, 31],
    ] as const) {
      const time = Date.UTC(year, month - 1, day);
      expect(englishLongDate(time)).toBe(intl.format(time));
    }
  });

  it("is what printedDate writes for the sample's date", () => {
    expect(printedDate("2025-08-03T09:00:00+03:00")).toBe("August 3, 2025");
  });
});
