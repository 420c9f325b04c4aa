import { describe, expect, it } from "vitest";
import { formatImportWarning } from "./format-import-warning.js";

describe("formatImportWarning", () => {
  it("names the block when there is one", () => {
    expect(
      formatImportWarning({
        block: 3,
        rule: "subhead-guess",
        note: "ALL CAPS line read as a subhead",
      }),
    ).toBe("warning: body[3] subhead-guess: ALL CAPS line read as a subhead");
    expect(formatImportWarning({ rule: "no-dateline", note: "no dateline found" })).toBe(
      "warning: no-dateline: no dateline found",
    );
  });
});
