import { describe, expect, it } from "vitest";
import { formatExportTally } from "./format-export-tally.js";

describe("formatExportTally", () => {
  it("always says how many were written, and the rest only when there are any", () => {
    expect(formatExportTally({ written: 6, unchanged: 0, skipped: 0, failed: 0 })).toBe(
      "6 written",
    );
    expect(formatExportTally({ written: 0, unchanged: 6, skipped: 0, failed: 0 })).toBe(
      "0 written, 6 unchanged",
    );
    expect(formatExportTally({ written: 12, unchanged: 3, skipped: 1, failed: 2 })).toBe(
      "12 written, 3 unchanged, 1 skipped (exists; use --force), 2 failed",
    );
  });
});
